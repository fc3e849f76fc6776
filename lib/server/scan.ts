import "server-only";
import type { LogSummary } from "@/lib/model/types";
import { mapLimit } from "./dir-entries";
import { type DiscoveredLog, discoverRoot } from "./discover";
import { compareLogs, toLogSummary } from "./log-summary";
import { LogIds, logKey } from "./log-ids";
import { type RunSummary, summarizeRun } from "./run-model";

/** Runs summarized at once: enough to overlap I/O, few enough to bound memory and fds. */
export const SCAN_CONCURRENCY = 16;

export interface ScannedLog {
  key: string;
  id: string;
  log: DiscoveredLog;
  runs: Map<string, RunSummary>;
}

/**
 * The bounded cold scan shared by the store and `massgen-dash list`: walk each
 * root, then summarize every run with limited concurrency.
 */
export async function scanRoots(
  roots: readonly string[],
  ids = new LogIds(),
  nowMs = Date.now(),
  onChunk?: (done: ScannedLog[]) => void,
): Promise<ScannedLog[]> {
  const perRoot = await Promise.all(roots.map((r) => discoverRoot(r)));
  const all = perRoot.flat();
  if (!onChunk) return summarizeLogs(all, ids, nowMs);
  // Newest first in chunks, so a page can show the latest runs while older ones are still read.
  const order = [...all].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  const out: ScannedLog[] = [];
  for (let i = 0; i < order.length; i += CHUNK) {
    const done = await summarizeLogs(order.slice(i, i + CHUNK), ids, nowMs);
    out.push(...done);
    onChunk(done);
  }
  return out;
}

/** Logs per progress step of the cold scan. */
const CHUNK = 200;

async function summarizeLogs(logs: DiscoveredLog[], ids: LogIds, nowMs: number): Promise<ScannedLog[]> {
  const runs = logs.flatMap((log) => log.turns.flatMap((t) => t.runs.map((run) => ({ log, run }))));
  const summaries = await mapLimit(runs, SCAN_CONCURRENCY, ({ log, run }) => summarizeRun(log.root, run, log.g0, nowMs));
  const byLog = new Map<DiscoveredLog, Map<string, RunSummary>>(logs.map((l) => [l, new Map()]));
  runs.forEach(({ log, run }, i) => byLog.get(log)?.set(run.relPath, summaries[i] as RunSummary));
  return logs.map((log) => {
    const key = logKey(log.root, log.name);
    return { key, id: ids.idFor(key, log.name), log, runs: byLog.get(log) ?? new Map() };
  });
}

export function toSortedSummaries(scanned: Iterable<ScannedLog>): LogSummary[] {
  return [...scanned].map((s) => toLogSummary(s.id, s.log, s.runs)).sort(compareLogs);
}
