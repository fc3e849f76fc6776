import "server-only";

/** A log dir by its root and name (logKey() keys it). */
export interface LogDir {
  root: string;
  name: string;
}

/**
 * Changes are collected for this long, then applied as one batch. Shorter than
 * react-email's ~150 ms (STYLE.md): a live write must reach the page in ≤ 300 ms
 * (issue 5), and a burst of writes still lands in one batch.
 */
const BATCH_MS = 25;

/**
 * The dirty log dirs and runs of the index, flushed together after BATCH_MS.
 * Flushes are chained so two batches never re-read the same run at once.
 */
export class ChangeBatch {
  /** log dirs to rediscover, by logKey */
  readonly logs = new Map<string, LogDir>();
  /** absolute paths of runs to re-summarize */
  readonly runs = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private flush: () => Promise<void>) {}

  schedule(): void {
    if (this.timer || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushing = this.flushing.then(() => this.flush());
    }, BATCH_MS);
  }

  /** Take what is dirty now; changes arriving meanwhile go to the next batch. */
  take(): { logs: LogDir[]; runs: string[] } {
    const logs = [...this.logs.values()];
    const runs = [...this.runs];
    this.logs.clear();
    this.runs.clear();
    return { logs, runs };
  }

  /** Flush a scheduled batch now rather than after its timer, and wait for every flush. */
  async settle(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      this.flushing = this.flushing.then(() => this.flush());
    }
    await this.flushing;
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
