import "server-only";
import path from "node:path";
import { type FSWatcher, watch } from "chokidar";
import { NEVER_WALK } from "./dir-entries";

/**
 * Deep watches of live RUN dirs (STYLE.md principle 5: running attempts deeply).
 * One chokidar instance per run so that closing it frees every inotify watch.
 * Never enters workspace/, node_modules, .venv, .git; ignores status.json.tmp
 * (FORMAT.md §5.1) and does not follow symlinks (subagents/<id>/live_logs).
 */

/** run/<agent>/<ts>/file and run/subagents/<id>/full_logs/status.json */
const DEPTH = 3;
const POLL_INTERVAL_MS = 1000;

function ignoredInRun(runAbs: string, p: string): boolean {
  const rel = path.relative(runAbs, p);
  if (rel === "") return false;
  const parts = rel.split(path.sep);
  // A nested turn/attempt dir is a RUN of its own, watched separately if live.
  if (parts.length === 1 && /^(turn|attempt)_[0-9]+$/.test(parts[0] ?? "")) return true;
  return parts.some((s) => NEVER_WALK.has(s)) || p.endsWith(".tmp");
}

export class RunWatchers {
  private watchers = new Map<string, FSWatcher>();

  constructor(
    /** `rel`: the changed path relative to the run, posix (what kind of write it was, LiveEvent) */
    private onChange: (runAbs: string, rel: string) => void,
    private onError: (err: Error) => void,
  ) {}

  has(runAbs: string): boolean {
    return this.watchers.has(runAbs);
  }

  get paths(): string[] {
    return [...this.watchers.keys()];
  }

  add(runAbs: string, usePolling: boolean): void {
    if (this.watchers.has(runAbs)) return;
    const w = watch(runAbs, {
      ignoreInitial: true,
      followSymlinks: false,
      depth: DEPTH,
      usePolling,
      interval: POLL_INTERVAL_MS,
      binaryInterval: POLL_INTERVAL_MS,
      ignored: (p: string) => ignoredInRun(runAbs, p),
    });
    const changed = (p: string) => this.onChange(runAbs, path.relative(runAbs, p).split(path.sep).join("/"));
    w.on("all", (_event, p) => changed(p));
    // The raw inotify event arrives before chokidar has stat'ed the entry: a few ms sooner for the ≤ 300 ms budget (issue 5).
    w.on("raw", (_event, file, opts) => {
      const dir = (opts as { watchedPath?: unknown } | undefined)?.watchedPath;
      if (!file || typeof dir !== "string") return;
      const p = path.join(dir, file);
      if (p.startsWith(runAbs) && !ignoredInRun(runAbs, p)) changed(p);
    });
    w.on("error", (e) => this.onError(e instanceof Error ? e : new Error(String(e))));
    this.watchers.set(runAbs, w);
  }

  async remove(runAbs: string): Promise<void> {
    const w = this.watchers.get(runAbs);
    this.watchers.delete(runAbs);
    await w?.close();
  }

  async closeAll(): Promise<void> {
    const all = [...this.watchers.values()];
    this.watchers.clear();
    await Promise.all(all.map((w) => w.close()));
  }
}
