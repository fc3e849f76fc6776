import "server-only";
import { realpath } from "node:fs/promises";
import { fileKind, type LiveEvent } from "@/lib/model/live-events";
import type { IndexView } from "@/lib/model/types";
import type { ServerConfig } from "./config";
import { mapLimit } from "./dir-entries";
import { listLogDirs } from "./discover";
import { ChangeBatch } from "./index-batch";
import { IndexState } from "./index-state";
import { dirsToWatch, LIVE_GRACE_MS, runningRuns } from "./live-runs";
import { rediscoverLog } from "./log-refresh";
import { logKey } from "./log-ids";
import { RootHealth } from "./root-health";
import { RunRefresh } from "./run-refresh";
import { type ScannedLog, scanRoots, toSortedSummaries } from "./scan";
import { RunWatchers } from "./watch-runs";
import { catchUpAfterScan } from "./watch-catchup";
import { type ShallowWatch, watchRootShallow } from "./watch-tree";

export interface IndexChange {
  version: number;
  /** ids of logs that changed (added, removed or re-summarized) */
  logIds: string[];
  /** a file of a deep-watched run changed: sent at once, before the run is re-read (issue 5: ≤ 300 ms to the page) */
  file?: LiveEvent;
}
export type IndexListener = (change: IndexChange) => void;

/** Running runs are re-read this often so a dead process turns "interrupted" (FORMAT.md §5.3). */
const FRESHNESS_MS = 5000;
const UNFINISHED = new Set(["running", "interrupted"]);
const WATCH_LIMIT_CODES = new Set(["ENOSPC", "EMFILE", "ENFILE"]);

/**
 * The in-memory index: a bounded cold scan, then incremental updates from
 * chokidar (watch-tree.ts shallow, watch-runs.ts deep), batched by
 * index-batch.ts. Only the changed run is re-summarized (run-refresh.ts);
 * shape changes (new log, turn, attempt, report) rediscover just that log dir
 * (log-refresh.ts).
 */
export class IndexStore {
  readonly ready: Promise<void>;
  private roots: string[] = [];
  private batch = new ChangeBatch(() => this.flush());
  private state = new IndexState(this.batch);
  private listeners = new Set<IndexListener>();
  /** shallow watch per root */
  private shallow = new Map<string, ShallowWatch>();
  private rootHealth = new RootHealth();
  /** per deep-watched run: bumped on every file event, so a live run page never reuses a stale model (queries.ts) */
  private runVersions = new Map<string, number>();
  private deep: RunWatchers;
  private refresh: RunRefresh;
  private tickTimer: NodeJS.Timeout | null = null;
  private scanning = true;
  private watchMode: IndexView["watchMode"];
  /** the summary cache write that follows the cold scan (close waits for it) */
  private cacheSaved: Promise<void> = Promise.resolve();
  private warnings: string[] = [];
  private version = 0;
  private view: IndexView | null = null;
  private closed = false;

  constructor(private config: ServerConfig) {
    this.watchMode = config.watch;
    this.deep = new RunWatchers(
      (abs, rel) => this.onRunEvent(abs, rel),
      (e) => this.handleWatchError(e),
    );
    this.refresh = new RunRefresh(this.state, (abs) => this.deep.has(abs));
    this.ready = this.start();
  }

  getView(): IndexView {
    this.view ??= {
      roots: this.roots,
      demo: this.config.demo,
      logs: toSortedSummaries(this.state.logs.values()),
      scanning: this.scanning,
      watchMode: this.watchMode,
      warnings: [...this.warnings, ...this.rootHealth.warnings()],
      version: this.version,
    };
    return this.view;
  }

  /** The log and run behind a URL id, for queries.getAttempt. */
  findLog(id: string): ScannedLog | undefined {
    for (const l of this.state.logs.values()) if (l.id === id) return l;
    return undefined;
  }

  subscribe(listener: IndexListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Change counter of a deep-watched run, or null when the run is not watched (its summary stamp is then enough). */
  runVersion(abs: string): number | null {
    return this.deep.has(abs) ? (this.runVersions.get(abs) ?? 0) : null;
  }

  /** Count of live deep watches (for the benchmark and tests). */
  get deepWatchCount(): number {
    return this.deep.paths.length;
  }

  /** Public so tests can simulate inotify exhaustion; called by every watcher's "error". */
  handleWatchError(err: Error): void {
    const code = (err as NodeJS.ErrnoException).code;
    if (code && WATCH_LIMIT_CODES.has(code) && this.watchMode === "native") void this.switchToPolling(code);
  }

  /** Flush pending changes now (tests, and the CLI on shutdown). */
  async settle(): Promise<void> {
    await this.ready;
    await this.batch.settle();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.batch.close();
    if (this.tickTimer) clearInterval(this.tickTimer);
    this.listeners.clear();
    await Promise.all([...[...this.shallow.values()].map((w) => w.close()), this.deep.closeAll(), this.cacheSaved]);
    this.shallow.clear();
  }

  private async start(): Promise<void> {
    for (const r of this.config.roots) {
      try {
        this.roots.push(await realpath(r));
      } catch {
        this.warnings.push(`Log root ${r} does not exist or cannot be read.`);
      }
    }
    const scanStart = Date.now();
    const scan = await scanRoots(this.roots, this.state.ids, Date.now(), (chunk) => {
      for (const s of chunk) this.state.addLog(s);
      this.bump(chunk.map((s) => s.id));
    });
    this.cacheSaved = scan.cacheSaved;
    this.scanning = false;
    this.bump([]);
    if (this.watchMode === "off") return;
    // Watch only after the scan: setting up thousands of watches competes with it for
    // the main thread (issue 2 bench). What changed meanwhile is caught up below.
    this.startShallow();
    this.updateDeepWatches();
    // A log touched shortly before or during the scan may be a run starting up, before its status.json
    // (FORMAT.md §5.2): re-discover it and deep-watch its runs for the grace period.
    void catchUpAfterScan(this.roots, scanStart, LIVE_GRACE_MS, (root, name, active) => this.markLog(root, name, active));
    this.tickTimer = setInterval(() => this.tick(), FRESHNESS_MS);
    this.tickTimer.unref();
  }

  private startShallow(): void {
    for (const root of this.roots) this.watchRoot(root);
  }

  private watchRoot(root: string): void {
    if (this.shallow.has(root) || this.closed || this.rootHealth.isGone(root)) return;
    const w = watchRootShallow(root, this.watchMode === "polling", {
      onLog: (name) => this.markLog(root, name),
      onError: (e) => this.handleWatchError(e),
    });
    this.shallow.set(root, w);
  }

  /**
   * A root that went away (renamed, deleted, unmounted): its logs leave the
   * index (their pages then say "not found") and the list says why; when a
   * directory is back at that path it is scanned and watched again.
   */
  private async checkRoots(): Promise<void> {
    const { lost, back } = await this.rootHealth.check(this.roots);
    if (this.closed || lost.length + back.length === 0) return;
    const changed: string[] = [];
    for (const root of lost) {
      await this.shallow.get(root)?.close();
      this.shallow.delete(root);
      for (const [key, s] of [...this.state.logs]) {
        if (s.log.root !== root) continue;
        changed.push(s.id);
        this.state.removeLog(key);
      }
      for (const [abs, p] of [...this.state.pending]) if (p.root === root) this.state.pending.delete(abs);
    }
    for (const root of back) {
      this.watchRoot(root);
      for (const d of await listLogDirs(root).catch(() => [])) this.markLog(root, d.name, true);
    }
    this.bump(changed);
    this.updateDeepWatches();
  }

  /** `active`: count the log's runs as just active, so they get a deep watch (live-runs.ts). */
  private markLog(root: string, name: string, active = false): void {
    const key = logKey(root, name);
    const log = this.state.logs.get(key);
    // only unfinished runs: a tree of finished logs copied in just before the start needs no deep watch
    if (active && log) for (const t of log.log.turns) for (const r of t.runs) if (UNFINISHED.has(log.runs.get(r.relPath)?.summary.state ?? "")) this.state.activity.set(r.absPath, Date.now());
    this.batch.logs.set(key, { root, name });
    this.batch.schedule();
  }

  private onRunEvent(abs: string, rel: string): void {
    this.state.activity.set(abs, Date.now());
    this.runVersions.set(abs, (this.runVersions.get(abs) ?? 0) + 1);
    const p = this.state.pending.get(abs);
    if (p) this.markLog(p.root, p.name);
    else this.batch.runs.add(abs);
    this.batch.schedule();
    const ref = this.state.runs.get(abs);
    const log = ref && this.state.logs.get(ref.key);
    if (ref && log) this.emit({ version: this.version, logIds: [], file: { log: log.id, turn: ref.run.turn, attempt: ref.run.attempt, kind: fileKind(rel) } });
  }

  private async flush(): Promise<void> {
    await this.ready;
    if (this.closed) return;
    const { logs, runs } = this.batch.take();
    const changed = new Set<string>();
    const watching = this.watchMode !== "off";
    await mapLimit(logs, 8, (l) => rediscoverLog(this.state, l.root, l.name, watching, changed));
    await mapLimit(runs, 8, (abs) => this.refresh.resummarize(abs, changed));
    if (changed.size > 0) this.bump([...changed]);
    this.updateDeepWatches();
  }

  /** Deep-watch runs that are running or were just active; drop the watch once quiet and finished. */
  private updateDeepWatches(): void {
    if (this.watchMode === "off" || this.closed) return;
    const want = dirsToWatch(this.state.logs.values(), this.state.pending.keys(), this.state.activity, Date.now());
    for (const abs of this.deep.paths) {
      if (want.has(abs)) continue;
      void this.deep.remove(abs);
      this.runVersions.delete(abs);
    }
    for (const abs of want) this.deep.add(abs, this.watchMode === "polling");
  }

  private tick(): void {
    void this.checkRoots();
    for (const abs of runningRuns(this.state.logs.values())) this.batch.runs.add(abs);
    for (const p of this.state.pending.values()) this.batch.logs.set(logKey(p.root, p.name), p);
    if (this.batch.runs.size + this.batch.logs.size > 0) this.batch.schedule();
    else this.updateDeepWatches();
  }

  private async switchToPolling(code: string): Promise<void> {
    this.watchMode = "polling";
    this.warnings.push(`File watching ran out of inotify watches (${code}); polling every 2 s instead. Raise fs.inotify.max_user_watches to get instant updates.`);
    const old = [...this.shallow.values()];
    this.shallow.clear();
    await Promise.all([...old.map((w) => w.close()), this.deep.closeAll()]);
    if (this.closed) return;
    this.startShallow();
    // Anything that changed while watches were failing: recheck every log dir once.
    for (const root of this.roots) for (const d of await listLogDirs(root).catch(() => [])) this.markLog(root, d.name);
    for (const s of this.state.logs.values()) this.markLog(s.log.root, s.log.name);
    this.bump([]);
    this.updateDeepWatches();
  }

  private bump(logIds: string[]): void {
    this.version++;
    this.view = null;
    this.emit({ version: this.version, logIds });
  }

  private emit(change: IndexChange): void {
    for (const l of this.listeners) {
      try {
        l(change);
      } catch {
        // A failing subscriber (e.g. a closed SSE stream) must not break the index.
      }
    }
  }
}
