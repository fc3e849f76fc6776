import "server-only";
import { realpath } from "node:fs/promises";
import type { LogSummary } from "@/lib/model/types";
import { type DiscoveredLog, listLogDirs } from "./discover";
import { compareLogs, toLogSummary } from "./log-summary";
import { LogIds, logKey } from "./log-ids";
import type { RunSummary } from "./run-model";
import type { LogJob, LogScan } from "./summary-log";
import { settledEntry, SummaryCache } from "./summary-cache";
import { SummaryPool, workerFile } from "./summary-pool";

export interface ScannedLog {
  key: string;
  id: string;
  log: DiscoveredLog;
  runs: Map<string, RunSummary>;
}

/** Logs per progress step of the cold scan. */
const CHUNK = 200;

export interface ScanResult {
  logs: ScannedLog[];
  /**
   * Settles when the summary cache is written (never rejects). The cache is
   * filled after the index is complete, so that work never delays the index.
   */
  cacheSaved: Promise<void>;
}

/** A fresh run summary the cache may keep once its paths are fingerprinted. */
interface Fresh {
  key: string;
  relPath: string;
  paths: string[];
  run: RunSummary;
  hasLaterAttempt: boolean;
  g0: boolean;
}

/**
 * The bounded cold scan shared by the store and `massgen-dash list`: list the
 * log dirs of each root, then discover and summarize each one (on worker
 * threads when it pays, summary-pool.ts). Newest first (FORMAT.md §5.3: by
 * name, like `massgen logs list`); with `onChunk`, in chunks, so a page can
 * show the latest runs while older ones are still read.
 */
export async function scanRoots(
  roots: readonly string[],
  ids = new LogIds(),
  nowMs = Date.now(),
  onChunk?: (done: ScannedLog[]) => void,
): Promise<ScanResult> {
  const perRoot = await Promise.all(roots.map((r) => rootJobs(r, nowMs)));
  const jobs = perRoot.flat();
  if (onChunk) jobs.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  // Only the built product caches: the worker bundle is the code version the entries were made with.
  const cache = SummaryCache.open(workerFile(), [...new Set(jobs.map((j) => j.rootReal))]);
  if (cache) for (const j of jobs) j.cache = cache.forLog(cacheKey(j));
  const pool = await SummaryPool.create(jobs.length);
  let poolHandedOver = false;
  try {
    const out: ScannedLog[] = [];
    const fresh: Fresh[] = [];
    const scans: (LogScan | null | undefined)[] = new Array(jobs.length);
    let emitted = 0;
    // Chunks go out newest first, each as soon as every log before it is scanned.
    const emit = (force: boolean) => {
      let end = emitted;
      while (end < jobs.length && scans[end] !== undefined) end++;
      if (end === emitted || (!force && end - emitted < CHUNK && end < jobs.length)) return;
      const done: ScannedLog[] = [];
      for (let k = emitted; k < end; k++) {
        const s = scans[k];
        const job = jobs[k];
        if (!s || !job) continue;
        if (cache) keepInCache(cache, cacheKey(job), s, fresh);
        const key = logKey(s.log.root, s.log.name);
        done.push({ key, id: ids.idFor(key, s.log.name), log: s.log, runs: s.runs });
      }
      emitted = end;
      out.push(...done);
      onChunk?.(done);
    };
    await pool.scan(jobs, (start, got) => {
      got.forEach((s, i) => (scans[start + i] = s));
      if (onChunk) emit(false);
    });
    emit(true);
    poolHandedOver = true;
    const cacheSaved = (cache ? fillCache(cache, pool, fresh, nowMs) : Promise.resolve())
      .finally(() => pool.close())
      .catch(() => undefined); // a worker that fails to stop must not become an unhandled rejection
    return { logs: out, cacheSaved };
  } finally {
    if (!poolHandedOver) await pool.close();
  }
}

/** Keep a log's still-valid cache entries now; note its fresh summaries for fillCache. */
function keepInCache(cache: SummaryCache, key: string, s: LogScan, fresh: Fresh[]): void {
  if (s.cache) cache.put(key, s.cache);
  if (!s.touched) return;
  for (const t of s.log.turns) {
    for (const r of t.runs) {
      const paths = s.touched[r.relPath];
      const run = s.runs.get(r.relPath);
      if (paths && run) fresh.push({ key, relPath: r.relPath, paths, run, hasLaterAttempt: r.hasLaterAttempt, g0: s.log.g0 });
    }
  }
}

/** Fingerprint the fresh summaries (on the pool's warm workers) and write the cache. Best effort: never rejects. */
async function fillCache(cache: SummaryCache, pool: SummaryPool, fresh: Fresh[], nowMs: number): Promise<void> {
  try {
    const deps = await pool.fingerprint(fresh.map((f) => f.paths));
    fresh.forEach((f, i) => {
      const entry = settledEntry(deps[i] ?? null, f.run, f.hasLaterAttempt, f.g0, nowMs);
      if (entry) cache.put(f.key, { [f.relPath]: entry });
    });
    cache.save();
  } catch {
    // a failed fingerprint only costs the next start its cache
  }
}

/** Root and name: a summary's relPath is relative to the root it was scanned under. */
function cacheKey(j: LogJob): string {
  return JSON.stringify([j.rootReal, j.name]);
}

async function rootJobs(root: string, nowMs: number): Promise<LogJob[]> {
  const rootReal = await realpath(root);
  const dirs = await listLogDirs(rootReal);
  return dirs.map((d) => ({ root, rootReal, name: d.name, nowMs })).sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

export function toSortedSummaries(scanned: Iterable<ScannedLog>): LogSummary[] {
  return [...scanned].map((s) => toLogSummary(s.id, s.log, s.runs)).sort(compareLogs);
}
