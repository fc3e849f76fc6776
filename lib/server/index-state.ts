import "server-only";
import type { ChangeBatch, LogDir } from "./index-batch";
import type { DiscoveredRun } from "./discover";
import { LogIds } from "./log-ids";
import type { ScannedLog } from "./scan";

export interface RunRef {
  key: string;
  run: DiscoveredRun;
}

/** The index's maps, shared by the store (index-store.ts) and its refreshers (log-refresh.ts, run-refresh.ts). */
export class IndexState {
  /** scanned logs by logKey */
  readonly logs = new Map<string, ScannedLog>();
  /** every known run by absolute path, with the key of its log */
  readonly runs = new Map<string, RunRef>();
  /** just-created log dirs with no run yet, by absolute path: watched until their first run appears */
  readonly pending = new Map<string, LogDir>();
  /** last file activity per run: live-runs.ts deep-watches recently active runs */
  readonly activity = new Map<string, number>();
  readonly ids = new LogIds();

  constructor(readonly batch: ChangeBatch) {}

  addLog(s: ScannedLog): void {
    this.logs.set(s.key, s);
    for (const t of s.log.turns) for (const run of t.runs) this.runs.set(run.absPath, { key: s.key, run });
  }

  removeLog(key: string): void {
    const s = this.logs.get(key);
    if (!s) return;
    for (const t of s.log.turns) for (const run of t.runs) this.forgetRun(run.absPath);
    this.logs.delete(key);
    this.ids.release(key);
  }

  forgetRun(abs: string): void {
    this.runs.delete(abs);
    this.activity.delete(abs);
    this.batch.runs.delete(abs);
  }
}
