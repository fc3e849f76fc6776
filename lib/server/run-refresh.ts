import "server-only";
import type { IndexState } from "./index-state";
import { summarizeRun } from "./run-model";

/** A live run whose re-read shows new parse issues is probably mid-write (FORMAT.md §5.1, non-atomic end files): retry after this. */
const RETRY_MS = 250;
/** …at most this often: a file that stays broken is a real parse issue. */
const MAX_RETRIES = 8;

/** Re-summarizes one run after its files changed, retrying a live run that looks half-written. */
export class RunRefresh {
  private retries = new Map<string, number>();

  /** `isLive`: the run is deep-watched, so a new parse issue may be a write in progress. */
  constructor(
    private state: IndexState,
    private isLive: (abs: string) => boolean,
  ) {}

  /** Adds the run's log id to `changed` when its summary changed. */
  async resummarize(abs: string, changed: Set<string>): Promise<void> {
    const { state } = this;
    const ref = state.runs.get(abs);
    const s = ref && state.logs.get(ref.key);
    if (!ref || !s) return;
    const next = await summarizeRun(s.log.root, ref.run, s.log.g0);
    if (state.logs.get(ref.key) !== s) return; // the log was rediscovered meanwhile
    const prev = s.runs.get(ref.run.relPath);
    const tries = this.retries.get(abs) ?? 0;
    if (prev && this.isLive(abs) && tries < MAX_RETRIES && next.summary.parseIssues.length > prev.summary.parseIssues.length) {
      // A half-written file is "still writing", not an error (STYLE.md principle 3): keep the last good summary, re-read soon.
      this.retries.set(abs, tries + 1);
      setTimeout(() => {
        state.batch.runs.add(abs);
        state.batch.schedule();
      }, RETRY_MS).unref();
      return;
    }
    this.retries.delete(abs);
    s.runs.set(ref.run.relPath, next);
    if (JSON.stringify(prev) !== JSON.stringify(next)) changed.add(s.id);
  }
}
