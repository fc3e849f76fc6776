import "server-only";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { fileKind, type LiveEvent } from "@/lib/model/live-events";
import type { IndexView } from "@/lib/model/types";
import type { ServerConfig } from "./config";
import { mapLimit } from "./dir-entries";
import { type DiscoveredRun, discoverLog, listLogDirs } from "./discover";
import { dirsToWatch, LIVE_GRACE_MS, runningRuns } from "./live-runs";
import { LogIds, logKey } from "./log-ids";
import { type RunSummary, summarizeRun } from "./run-model";
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

/**
 * Changes are collected for this long, then applied as one batch. Shorter than
 * react-email's ~150 ms (STYLE.md): a live write must reach the page in ≤ 300 ms
 * (issue 5), and a burst of writes still lands in one batch.
 */
const BATCH_MS = 25;
/** A live run whose re-read shows new parse issues is probably mid-write (FORMAT.md §5.1, non-atomic end files): retry after this. */
const RETRY_MS = 250;
/** …at most this often: a file that stays broken is a real parse issue. */
const MAX_RETRIES = 8;
/** Running runs are re-read this often so a dead process turns "interrupted" (FORMAT.md §5.3). */
const FRESHNESS_MS = 5000;
const UNFINISHED = new Set(["running", "interrupted"]);
const WATCH_LIMIT_CODES = new Set(["ENOSPC", "EMFILE", "ENFILE"]);

interface RunRef {
  key: string;
  run: DiscoveredRun;
}

/**
 * The in-memory index: a bounded cold scan, then incremental updates from
 * chokidar (watch-tree.ts shallow, watch-runs.ts deep). Only the changed run
 * is re-summarized; shape changes (new log, turn, attempt, report) rediscover
 * just that log dir.
 */
export class IndexStore {
  readonly ready: Promise<void>;
  private roots: string[] = [];
  private logs = new Map<string, ScannedLog>();
  private runs = new Map<string, RunRef>();
  private pending = new Map<string, { root: string; name: string }>();
  private activity = new Map<string, number>();
  private ids = new LogIds();
  private listeners = new Set<IndexListener>();
  private dirtyLogs = new Map<string, { root: string; name: string }>();
  private dirtyRuns = new Set<string>();
  private shallow: ShallowWatch[] = [];
  /** per deep-watched run: bumped on every file event, so a live run page never reuses a stale model (queries.ts) */
  private runVersions = new Map<string, number>();
  private retries = new Map<string, number>();
  private deep: RunWatchers;
  private batchTimer: NodeJS.Timeout | null = null;
  private tickTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private scanning = true;
  private watchMode: IndexView["watchMode"];
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
    this.ready = this.start();
  }

  getView(): IndexView {
    this.view ??= {
      roots: this.roots,
      demo: this.config.demo,
      logs: toSortedSummaries(this.logs.values()),
      scanning: this.scanning,
      watchMode: this.watchMode,
      warnings: [...this.warnings],
      version: this.version,
    };
    return this.view;
  }

  /** The log and run behind a URL id, for queries.getAttempt. */
  findLog(id: string): ScannedLog | undefined {
    for (const l of this.logs.values()) if (l.id === id) return l;
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
    if (this.batchTimer) {
      clearTimeout(this.batchTimer);
      this.batchTimer = null;
      this.flushing = this.flushing.then(() => this.flush());
    }
    await this.flushing;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.batchTimer) clearTimeout(this.batchTimer);
    if (this.tickTimer) clearInterval(this.tickTimer);
    this.listeners.clear();
    await Promise.all([...this.shallow.map((w) => w.close()), this.deep.closeAll()]);
    this.shallow = [];
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
    await scanRoots(this.roots, this.ids, Date.now(), (chunk) => {
      for (const s of chunk) this.addLog(s);
      this.bump(chunk.map((s) => s.id));
    });
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
    const polling = this.watchMode === "polling";
    this.shallow = this.roots.map((root) =>
      watchRootShallow(root, polling, {
        onLog: (name) => this.markLog(root, name),
        onError: (e) => this.handleWatchError(e),
      }),
    );
  }

  private addLog(s: ScannedLog): void {
    this.logs.set(s.key, s);
    for (const t of s.log.turns) for (const run of t.runs) this.runs.set(run.absPath, { key: s.key, run });
  }

  private removeLog(key: string): void {
    const s = this.logs.get(key);
    if (!s) return;
    for (const t of s.log.turns) for (const run of t.runs) this.forgetRun(run.absPath);
    this.logs.delete(key);
    this.ids.release(key);
  }

  private forgetRun(abs: string): void {
    this.runs.delete(abs);
    this.activity.delete(abs);
    this.dirtyRuns.delete(abs);
  }

  /** `active`: count the log's runs as just active, so they get a deep watch (live-runs.ts). */
  private markLog(root: string, name: string, active = false): void {
    const key = logKey(root, name);
    const log = this.logs.get(key);
    // only unfinished runs: a tree of finished logs copied in just before the start needs no deep watch
    if (active && log) for (const t of log.log.turns) for (const r of t.runs) if (UNFINISHED.has(log.runs.get(r.relPath)?.summary.state ?? "")) this.activity.set(r.absPath, Date.now());
    this.dirtyLogs.set(key, { root, name });
    this.schedule();
  }

  private onRunEvent(abs: string, rel: string): void {
    this.activity.set(abs, Date.now());
    this.runVersions.set(abs, (this.runVersions.get(abs) ?? 0) + 1);
    const p = this.pending.get(abs);
    if (p) this.markLog(p.root, p.name);
    else this.dirtyRuns.add(abs);
    this.schedule();
    const ref = this.runs.get(abs);
    const log = ref && this.logs.get(ref.key);
    if (ref && log) this.emit({ version: this.version, logIds: [], file: { log: log.id, turn: ref.run.turn, attempt: ref.run.attempt, kind: fileKind(rel) } });
  }

  private schedule(): void {
    if (this.batchTimer || this.closed) return;
    this.batchTimer = setTimeout(() => {
      this.batchTimer = null;
      this.flushing = this.flushing.then(() => this.flush());
    }, BATCH_MS);
  }

  private async flush(): Promise<void> {
    await this.ready;
    if (this.closed) return;
    const logs = [...this.dirtyLogs.values()];
    const runs = [...this.dirtyRuns];
    this.dirtyLogs.clear();
    this.dirtyRuns.clear();
    const changed = new Set<string>();
    await mapLimit(logs, 8, (l) => this.rediscover(l.root, l.name, changed));
    await mapLimit(runs, 8, (abs) => this.resummarize(abs, changed));
    if (changed.size > 0) this.bump([...changed]);
    this.updateDeepWatches();
  }

  /** Re-walk one log dir (cheap: ≤ 3 levels) and summarize only runs that are new or whose supersession changed. */
  private async rediscover(root: string, name: string, changed: Set<string>): Promise<void> {
    const key = logKey(root, name);
    const absPath = path.join(root, name);
    const old = this.logs.get(key);
    const found = await discoverLog(root, name).catch(() => null);
    if (!found) {
      if (old) changed.add(old.id);
      this.removeLog(key);
      // A just-created log dir with no run yet: watch it until its first run appears.
      const exists = await stat(absPath).then((s) => s.isDirectory(), () => false);
      if (exists && this.watchMode !== "off") this.pending.set(absPath, { root, name });
      else this.pending.delete(absPath);
      return;
    }
    this.pending.delete(absPath);
    const now = Date.now();
    const runs = new Map<string, RunSummary>();
    const fresh = found.turns.flatMap((t) => t.runs);
    await mapLimit(fresh, 8, async (run) => {
      const prevRef = this.runs.get(run.absPath);
      const prev = old?.runs.get(run.relPath);
      const same = prev && prevRef?.run.hasLaterAttempt === run.hasLaterAttempt && !this.dirtyRuns.has(run.absPath);
      if (!prevRef) this.activity.set(run.absPath, now);
      runs.set(run.relPath, same ? prev : await summarizeRun(root, run, found.g0, now));
    });
    const kept = new Set(fresh.map((r) => r.absPath));
    if (old) for (const t of old.log.turns) for (const r of t.runs) if (!kept.has(r.absPath)) this.forgetRun(r.absPath);
    const id = old?.id ?? this.ids.idFor(key, name);
    this.addLog({ key, id, log: found, runs });
    changed.add(id);
  }

  private async resummarize(abs: string, changed: Set<string>): Promise<void> {
    const ref = this.runs.get(abs);
    const s = ref && this.logs.get(ref.key);
    if (!ref || !s) return;
    const next = await summarizeRun(s.log.root, ref.run, s.log.g0);
    if (this.logs.get(ref.key) !== s) return; // the log was rediscovered meanwhile
    const prev = s.runs.get(ref.run.relPath);
    const tries = this.retries.get(abs) ?? 0;
    if (prev && this.deep.has(abs) && tries < MAX_RETRIES && next.summary.parseIssues.length > prev.summary.parseIssues.length) {
      // A half-written file is "still writing", not an error (STYLE.md principle 3): keep the last good summary, re-read soon.
      this.retries.set(abs, tries + 1);
      setTimeout(() => {
        this.dirtyRuns.add(abs);
        this.schedule();
      }, RETRY_MS).unref();
      return;
    }
    this.retries.delete(abs);
    s.runs.set(ref.run.relPath, next);
    if (JSON.stringify(prev) !== JSON.stringify(next)) changed.add(s.id);
  }

  /** Deep-watch runs that are running or were just active; drop the watch once quiet and finished. */
  private updateDeepWatches(): void {
    if (this.watchMode === "off" || this.closed) return;
    const want = dirsToWatch(this.logs.values(), this.pending.keys(), this.activity, Date.now());
    for (const abs of this.deep.paths) {
      if (want.has(abs)) continue;
      void this.deep.remove(abs);
      this.runVersions.delete(abs);
    }
    for (const abs of want) this.deep.add(abs, this.watchMode === "polling");
  }

  private tick(): void {
    for (const abs of runningRuns(this.logs.values())) this.dirtyRuns.add(abs);
    for (const p of this.pending.values()) this.dirtyLogs.set(logKey(p.root, p.name), p);
    if (this.dirtyRuns.size + this.dirtyLogs.size > 0) this.schedule();
    else this.updateDeepWatches();
  }

  private async switchToPolling(code: string): Promise<void> {
    this.watchMode = "polling";
    this.warnings.push(`File watching ran out of inotify watches (${code}); polling every 2 s instead. Raise fs.inotify.max_user_watches to get instant updates.`);
    const old = this.shallow;
    this.shallow = [];
    await Promise.all([...old.map((w) => w.close()), this.deep.closeAll()]);
    if (this.closed) return;
    this.startShallow();
    // Anything that changed while watches were failing: recheck every log dir once.
    for (const root of this.roots) for (const d of await listLogDirs(root).catch(() => [])) this.markLog(root, d.name);
    for (const s of this.logs.values()) this.markLog(s.log.root, s.log.name);
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
