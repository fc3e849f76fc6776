import "server-only";
import type { DiscoveredRun } from "./discover";
import type { ScannedLog } from "./scan";

/** A run keeps its deep watch this long after its last file event, even if not "running" yet (status.json appears ~2 s in, FORMAT.md §5.2). */
export const LIVE_GRACE_MS = 120_000;

function* allRuns(logs: Iterable<ScannedLog>): Generator<{ log: ScannedLog; run: DiscoveredRun }> {
  for (const log of logs) for (const t of log.log.turns) for (const run of t.runs) yield { log, run };
}

/** Runs whose last summary says "running": re-read on a timer so a dead process turns "interrupted". */
export function runningRuns(logs: Iterable<ScannedLog>): string[] {
  const out: string[] = [];
  for (const { log, run } of allRuns(logs)) if (log.runs.get(run.relPath)?.summary.state === "running") out.push(run.absPath);
  return out;
}

/** Dirs that deserve a deep watch now: running or recently active runs, plus new log dirs with no run yet. */
export function dirsToWatch(logs: Iterable<ScannedLog>, pending: Iterable<string>, activity: ReadonlyMap<string, number>, nowMs: number): Set<string> {
  const want = new Set<string>(pending);
  for (const { log, run } of allRuns(logs)) {
    const live = log.runs.get(run.relPath)?.summary.state === "running";
    if (live || nowMs - (activity.get(run.absPath) ?? 0) < LIVE_GRACE_MS) want.add(run.absPath);
  }
  return want;
}
