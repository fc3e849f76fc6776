import "server-only";
import { type DiscoveredLog, discoverLog } from "./discover";
import { type RunSummary, summarizeRun } from "./run-model";
import { type LogCache, stillValid } from "./summary-cache";
import { recordTouched } from "./summary-fs";

/** One log dir of the cold scan: its shape and the summary of each run (keyed by relPath). */
export interface LogScan {
  log: DiscoveredLog;
  runs: Map<string, RunSummary>;
  /** cache entries still valid, kept as they were (only when the job had a cache) */
  cache?: LogCache;
  /**
   * Fresh summaries the cache may keep, by run relPath: every path each one
   * read. They are fingerprinted once the index is ready (scan.ts), off the
   * cold scan's critical path.
   */
  touched?: Record<string, string[]>;
}

export interface LogJob {
  root: string;
  rootReal: string;
  name: string;
  nowMs: number;
  /** this log's entries of the persistent summary cache (summary-cache.ts); absent: no caching */
  cache?: LogCache;
}

/**
 * Discover one log dir and summarize its runs; null when it holds no run.
 * The unit of work of a summary worker. Discovery always runs (it is the
 * log's shape); a run's summary comes from the cache while nothing it read changed.
 */
export async function scanLog(j: LogJob): Promise<LogScan | null> {
  const log = await discoverLog(j.root, j.name, j.rootReal);
  if (!log) return null;
  const runs = new Map<string, RunSummary>();
  const keep: LogCache = {};
  const touched: Record<string, string[]> = {};
  for (const t of log.turns) {
    for (const run of t.runs) {
      const hit = j.cache?.[run.relPath];
      if (hit && hit.hasLaterAttempt === run.hasLaterAttempt && hit.g0 === log.g0 && (await stillValid(hit))) {
        runs.set(run.relPath, hit.summary);
        keep[run.relPath] = hit;
        continue;
      }
      if (!j.cache) {
        runs.set(run.relPath, await summarizeRun(log.root, run, log.g0, j.nowMs));
        continue;
      }
      const { value, paths } = await recordTouched(() => summarizeRun(log.root, run, log.g0, j.nowMs));
      runs.set(run.relPath, value);
      if (value.summary.state !== "running") touched[run.relPath] = paths;
    }
  }
  return { log, runs, ...(j.cache ? { cache: keep, touched } : {}) };
}
