import "server-only";
import { type FSWatcher, watch } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { mapLimit } from "./dir-entries";
import { isShallowRelevant, type ShallowHandlers, type ShallowWatch } from "./watch-tree";

/**
 * The shallow watch of one root with plain inotify (`fs.watch`), one watch per
 * root, log dir and turn/attempt dir directly under a log dir (the same set
 * chokidar watched, ≤ 5,000 for 2,000 logs). chokidar re-stats every entry of
 * every dir it adds: for 2,000 log dirs that was ~2 s of main-thread CPU right
 * when the cold index wanted it (issue 2 bench). fs.watch costs one syscall per
 * dir and names the changed entry at once, so a new log dir is seen in ms.
 * What a changed name means (FORMAT.md §5.1: new log/turn/attempt dir, §7
 * report) is decided by isShallowRelevant, shared with the polling fallback.
 */

const SUB_DIR = /^(turn|attempt)_[0-9]+$/;
/** readdirs in flight while the watch is set up: enough to overlap I/O, few enough to leave the event loop free. */
const SETUP_CONCURRENCY = 32;

export function watchRootNative(rootReal: string, h: ShallowHandlers): ShallowWatch {
  const watchers = new Map<string, FSWatcher>();
  let closed = false;

  const add = (rel: string[]): boolean => {
    const key = rel.join("/");
    if (closed || watchers.has(key)) return true;
    let w: FSWatcher;
    try {
      w = watch(path.join(rootReal, ...rel), { persistent: false }, (_event, file) => onEntry(rel, file));
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      // ENOENT/ENOTDIR: gone or not a dir, nothing to watch; running out of watches is the store's call.
      if (err.code !== "ENOENT" && err.code !== "ENOTDIR") h.onError(err);
      return err.code !== "ENOSPC" && err.code !== "EMFILE";
    }
    // A deleted dir ends its watch with an error: forget it, the parent's event says what happened.
    w.on("error", () => drop(key));
    watchers.set(key, w);
    return true;
  };

  const drop = (key: string) => {
    for (const [k, w] of watchers) {
      if (k === key || k.startsWith(`${key}/`)) {
        w.close();
        watchers.delete(k);
      }
    }
  };

  const onEntry = (rel: string[], file: string | Buffer | null) => {
    if (file === null) return;
    const parts = [...rel, String(file)];
    if (!isShallowRelevant(parts)) return;
    const log = parts[0] ?? "";
    h.onLog(log, false);
    // A new log dir, or a turn/attempt dir in a log dir, gets its own watch (add is a no-op when it exists or is not a dir).
    if (parts.length === 1 || (parts.length === 2 && SUB_DIR.test(parts[1] ?? ""))) {
      if (!add(parts)) return;
      if (parts.length === 1) void watchChildren(parts);
    }
  };

  const watchChildren = async (logRel: string[]) => {
    const ents = await readdir(path.join(rootReal, ...logRel), { withFileTypes: true }).catch(() => []);
    for (const e of ents) if (e.isDirectory() && SUB_DIR.test(e.name)) add([...logRel, e.name]);
  };

  const ready = (async () => {
    if (!add([])) return;
    const ents = await readdir(rootReal, { withFileTypes: true }).catch(() => []);
    const logs = ents.filter((e) => e.isDirectory() && isShallowRelevant([e.name])).map((e) => [e.name]);
    await mapLimit(logs, SETUP_CONCURRENCY, async (rel) => {
      if (add(rel)) await watchChildren(rel);
    });
  })();

  return {
    ready,
    async close() {
      closed = true;
      for (const w of watchers.values()) w.close();
      watchers.clear();
    },
  };
}
