import "server-only";
import path from "node:path";
import { watch } from "chokidar";
import { watchRootNative } from "./watch-tree-native";

/**
 * Shallow watch of one root: exactly the dirs and files whose appearance changes
 * the index shape — log_* dirs, their turn_N / attempt_M dirs and
 * ANALYSIS_REPORT.md files (FORMAT.md §5.1: "new attempt dir = new run; new turn
 * dir in an old log_… = continued session"; §7 reports). Everything else is
 * ignored by name, so chokidar neither stats nor watches it: one inotify watch
 * per log dir and per turn dir. Attempt dirs inside turns are seen (addDir) but
 * not entered; running runs get their own deep watch (watch-runs.ts).
 * Native mode uses plain fs.watch (watch-tree-native.ts: chokidar's initial
 * walk was too costly for the cold index); chokidar stays for the polling
 * fallback after ENOSPC.
 */

const REPORT = "ANALYSIS_REPORT.md";
const TURN_RE = /^turn_[0-9]+$/;
const ATTEMPT_RE = /^attempt_[0-9]+$/;
/** log(1) → turn or attempt(2) → report or attempt(3); chokidar watches dirs at depth ≤ 2. */
const DEPTH = 2;
export const POLL_INTERVAL_MS = 2000;

export function isShallowRelevant(parts: readonly string[]): boolean {
  const [log, second, third] = parts;
  if (log === undefined || !log.startsWith("log_")) return false;
  if (second === undefined) return true;
  if (third === undefined) return second === REPORT || TURN_RE.test(second) || ATTEMPT_RE.test(second);
  if (parts.length > 3) return false;
  if (TURN_RE.test(second)) return third === REPORT || ATTEMPT_RE.test(third);
  return ATTEMPT_RE.test(second) && third === REPORT;
}

export interface ShallowHandlers {
  /** something under log `name` changed; `gone`: the log dir itself was removed */
  onLog(name: string, gone: boolean): void;
  onError(err: Error): void;
}

export interface ShallowWatch {
  /** resolves once every watch is in place (events may arrive before) */
  ready: Promise<void>;
  close(): Promise<void>;
}

export function watchRootShallow(rootReal: string, usePolling: boolean, h: ShallowHandlers): ShallowWatch {
  return usePolling ? watchRootPolling(rootReal, h) : watchRootNative(rootReal, h);
}

function watchRootPolling(rootReal: string, h: ShallowHandlers): ShallowWatch {
  const w = watch(rootReal, {
    ignoreInitial: true,
    followSymlinks: false,
    depth: DEPTH,
    usePolling: true,
    interval: POLL_INTERVAL_MS,
    binaryInterval: POLL_INTERVAL_MS,
    ignored: (p: string) => {
      const rel = path.relative(rootReal, p);
      return rel !== "" && !isShallowRelevant(rel.split(path.sep));
    },
  });
  w.on("all", (event, p) => {
    const parts = path.relative(rootReal, p).split(path.sep);
    const name = parts[0];
    if (name) h.onLog(name, event === "unlinkDir" && parts.length === 1);
  });
  w.on("error", (e) => h.onError(e instanceof Error ? e : new Error(String(e))));
  return { ready: new Promise((r) => w.once("ready", () => r())), close: () => w.close() };
}
