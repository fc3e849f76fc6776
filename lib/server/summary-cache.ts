import "server-only";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { RunSummary } from "./run-model";
import { isInside } from "./safe-path";
import { runFs } from "./summary-fs";

/**
 * Persistent summaries of finished runs, so a restart does not re-parse 2,000
 * runs (issue 2 benchmark: the warm number; the cold one never has it).
 * Lives in the user's cache dir, never in a log dir (nothing in the log dirs
 * is ever written). An entry is reused only while every path its summary
 * touched (dirs listed, files stat'ed or read: summary-fs.ts recordTouched)
 * has the same size, mtime and ctime, and only for the same code: the worker
 * bundle's own size and mtime are part of the file's identity.
 */

/** [path, size, mtimeMs, ctimeMs] of one path a summary depends on. */
export type Dep = [string, number, number, number];

export interface CachedRun {
  hasLaterAttempt: boolean;
  g0: boolean;
  deps: Dep[];
  summary: RunSummary;
}

/** Cached runs of one log dir, by run relPath. */
export type LogCache = Record<string, CachedRun>;

const FORMAT = 1;
const FILE = "summaries.json";
/** A path changed this recently may still be changing (same mtime tick, live run): not cached. */
const SETTLE_MS = 5000;

interface CacheFile {
  format: number;
  build: string;
  tzOffsetMinutes: number;
  logs: Record<string, LogCache>;
}

/** `$XDG_CACHE_HOME/massgen-dash`, else `~/.cache/massgen-dash`. */
export function cacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), ".cache"), "massgen-dash");
}

export class SummaryCache {
  private next: Record<string, LogCache> = {};

  private constructor(
    private file: string,
    private identity: Omit<CacheFile, "logs">,
    private prev: Record<string, LogCache>,
  ) {}

  /** Null (no caching) without a build identity or when the cache dir would sit inside a log root. */
  static open(buildFile: string | null, rootsReal: readonly string[], dir = cacheDir()): SummaryCache | null {
    if (!buildFile || rootsReal.some((r) => isInside(r, dir))) return null;
    let build: string;
    try {
      const st = statSync(buildFile);
      build = `${buildFile}:${st.size}:${st.mtimeMs}`;
    } catch {
      return null;
    }
    const identity = { format: FORMAT, build, tzOffsetMinutes: new Date().getTimezoneOffset() };
    const file = path.join(dir, FILE);
    let prev: Record<string, LogCache> = {};
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as CacheFile;
      const same = data.format === identity.format && data.build === identity.build && data.tzOffsetMinutes === identity.tzOffsetMinutes;
      if (same && data.logs && typeof data.logs === "object") prev = data.logs;
    } catch {
      // no cache yet, or unreadable: start empty
    }
    return new SummaryCache(file, identity, prev);
  }

  forLog(key: string): LogCache {
    return this.prev[key] ?? {};
  }

  /** Keep these runs of a log (added to any kept before). */
  put(key: string, runs: LogCache): void {
    if (Object.keys(runs).length > 0) this.next[key] = { ...this.next[key], ...runs };
  }

  /** Only the logs of this scan are kept, so deleted logs leave the cache. Best effort: a failed write only costs the next start. */
  save(): void {
    try {
      mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ ...this.identity, logs: this.next }), { mode: 0o600 });
      renameSync(tmp, this.file);
    } catch {
      // read-only home, full disk: run without a cache
    }
  }
}

/**
 * The entry to store for a fresh summary, from the fingerprint of every path it
 * read; null when it must not be cached (live run, a path gone, or files still
 * settling). The fingerprint may be taken after the summary (scan.ts does it once
 * the index is ready): a path that changed in between has an mtime or ctime after
 * the scan started, `nowMs`, and so is refused as unsettled here.
 */
export function settledEntry(deps: Dep[] | null, summary: RunSummary, hasLaterAttempt: boolean, g0: boolean, nowMs: number): CachedRun | null {
  if (summary.summary.state === "running" || !deps) return null;
  if (deps.some((d) => d[2] > nowMs - SETTLE_MS || d[3] > nowMs - SETTLE_MS)) return null;
  return { hasLaterAttempt, g0, deps, summary };
}

/** Whether every path a cached summary depends on is as it was. */
export async function stillValid(entry: CachedRun): Promise<boolean> {
  const now = await fingerprint(entry.deps.map((d) => d[0]));
  return now !== null && now.every((d, i) => d.every((v, j) => v === entry.deps[i]?.[j]));
}

/** [path, size, mtime, ctime] of each path, or null when one cannot be stat'ed. */
export async function fingerprint(paths: string[]): Promise<Dep[] | null> {
  const out: Dep[] = [];
  for (const p of paths) {
    try {
      const st = await runFs.stat(p);
      out.push([p, st.size, st.mtimeMs, st.ctimeMs]);
    } catch {
      return null;
    }
  }
  return out;
}
