import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";
import { mapLimit } from "./dir-entries";
import { discoverLog } from "./discover";
import type { IndexState } from "./index-state";
import { logKey } from "./log-ids";
import { type RunSummary, summarizeRun } from "./run-model";

/**
 * Re-walk one log dir (cheap: ≤ 3 levels) and summarize only runs that are new
 * or whose supersession changed. Adds the log's id to `changed` when it changed.
 * `watching`: a log dir that has no run yet is kept as pending, to be watched.
 */
export async function rediscoverLog(state: IndexState, root: string, name: string, watching: boolean, changed: Set<string>): Promise<void> {
  const key = logKey(root, name);
  const absPath = path.join(root, name);
  const old = state.logs.get(key);
  const found = await discoverLog(root, name).catch(() => null);
  if (!found) {
    if (old) changed.add(old.id);
    state.removeLog(key);
    // A just-created log dir with no run yet: watch it until its first run appears.
    const exists = await stat(absPath).then((s) => s.isDirectory(), () => false);
    if (exists && watching) state.pending.set(absPath, { root, name });
    else state.pending.delete(absPath);
    return;
  }
  state.pending.delete(absPath);
  const now = Date.now();
  const runs = new Map<string, RunSummary>();
  const fresh = found.turns.flatMap((t) => t.runs);
  await mapLimit(fresh, 8, async (run) => {
    const prevRef = state.runs.get(run.absPath);
    const prev = old?.runs.get(run.relPath);
    const same = prev && prevRef?.run.hasLaterAttempt === run.hasLaterAttempt && !state.batch.runs.has(run.absPath);
    if (!prevRef) state.activity.set(run.absPath, now);
    runs.set(run.relPath, same ? prev : await summarizeRun(root, run, found.g0, now));
  });
  const kept = new Set(fresh.map((r) => r.absPath));
  if (old) for (const t of old.log.turns) for (const r of t.runs) if (!kept.has(r.absPath)) state.forgetRun(r.absPath);
  const id = old?.id ?? state.ids.idFor(key, name);
  state.addLog({ key, id, log: found, runs });
  changed.add(id);
}
