import "server-only";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { mapLimit } from "./dir-entries";
import { type Dep, fingerprint } from "./summary-cache";
import { type LogJob, type LogScan, scanLog } from "./summary-log";

/** Logs in flight on the main thread when there are no workers: enough to overlap I/O, few enough to bound memory and fds. */
const IN_PROCESS_CONCURRENCY = 16;
/** Progress granularity of the in-process path. */
const IN_PROCESS_SLICE = 50;
/** Below this many log dirs a worker's start-up (~100 ms to load its bundle) costs more than it saves. */
const MIN_JOBS_FOR_WORKERS = 200;
const BATCH = 8;
const WORKER_FILE = "summary-worker.mjs";
const WORKER_THREADS = "node:worker_threads";

/** What the pool asks of a worker (summary-worker.ts), and its answer. */
export type WorkerRequest = { kind: "scan"; batch: number; jobs: LogJob[] } | { kind: "fingerprint"; lists: string[][] };
export type WorkerReply = { kind: "scan"; batch: number; scans: (LogScan | null)[] } | { kind: "fingerprint"; deps: (Dep[] | null)[] };

/**
 * Discovers and summarizes log dirs on worker threads, one per core (cap 4), when the worker
 * bundle exists; else on this thread. Parsing dominates a cold scan (YAML,
 * JSON, zod per run) and is CPU-bound, so a 2-core machine halves it.
 * Workers live for one cold scan (close() ends them; they keep the process
 * alive until then), so their heaps do not count against the server's memory.
 */
export class SummaryPool {
  private constructor(private workers: Worker[]) {
    for (const w of workers) {
      // A worker that fails to start (missing or broken bundle) emits "error" then "exit",
      // possibly before any scan listens: keep that from being an unhandled error and
      // drop the worker, so scan() falls back to this thread instead of waiting on it.
      w.on("error", () => {});
      w.once("exit", () => {
        this.workers = this.workers.filter((x) => x !== w);
      });
    }
  }

  static async create(expectedJobs: number, opts: { file?: string | null; minJobs?: number } = {}): Promise<SummaryPool> {
    const file = opts.file === undefined ? workerFile() : opts.file;
    const n = Math.min(4, availableParallelism());
    if (!file || n < 2 || expectedJobs < (opts.minJobs ?? MIN_JOBS_FOR_WORKERS)) return new SummaryPool([]);
    // Imported at run time, out of the bundler's sight: Turbopack reads `new Worker(path)`
    // as a worker entry to bundle, and with a run-time path it tries every file of the project.
    const threads = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ WORKER_THREADS)) as typeof import("node:worker_threads");
    return new SummaryPool(Array.from({ length: n }, () => new threads.Worker(file)));
  }

  /**
   * Every job's scan, in job order. `onDone(start, scans)` hears each finished
   * slice as it comes (out of order across workers), so a caller can show
   * progress without the workers ever waiting for it.
   */
  async scan(jobs: LogJob[], onDone?: (start: number, scans: (LogScan | null)[]) => void): Promise<(LogScan | null)[]> {
    if (this.workers.length > 0 && jobs.length > 0) {
      try {
        return await this.onWorkers(jobs, onDone);
      } catch {
        await this.close(); // a broken worker bundle must not lose the index: fall back below
      }
    }
    const out: (LogScan | null)[] = [];
    for (let i = 0; i < jobs.length; i += IN_PROCESS_SLICE) {
      const scans = await mapLimit(jobs.slice(i, i + IN_PROCESS_SLICE), IN_PROCESS_CONCURRENCY, scanLog);
      out.push(...scans);
      onDone?.(i, scans);
    }
    return out;
  }

  /**
   * The summary cache's fingerprint of each list of paths (null where one is
   * gone), split over the workers, which are warm and idle once the scan is done.
   */
  async fingerprint(lists: string[][]): Promise<(Dep[] | null)[]> {
    if (this.workers.length > 0 && lists.length > 0) {
      try {
        return await this.fingerprintOnWorkers(lists);
      } catch {
        await this.close();
      }
    }
    return mapLimit(lists, IN_PROCESS_CONCURRENCY, fingerprint);
  }

  /** Whether jobs go to worker threads (false: this thread). */
  get threaded(): boolean {
    return this.workers.length > 0;
  }

  async close(): Promise<void> {
    const ws = this.workers;
    this.workers = [];
    await Promise.all(ws.map((w) => w.terminate()));
  }

  private async fingerprintOnWorkers(lists: string[][]): Promise<(Dep[] | null)[]> {
    const per = Math.ceil(lists.length / this.workers.length);
    const parts = await Promise.all(
      this.workers.map((w, i) =>
        request(w, { kind: "fingerprint", lists: lists.slice(i * per, (i + 1) * per) }, (m) => (m.kind === "fingerprint" ? m.deps : undefined)),
      ),
    );
    return parts.flat();
  }

  /** Batches handed out on demand (two in flight per worker), so a slow worker never holds the tail. */
  private onWorkers(jobs: LogJob[], onDone?: (start: number, scans: (LogScan | null)[]) => void): Promise<(LogScan | null)[]> {
    const out = new Array<LogScan | null>(jobs.length);
    const batches = Math.ceil(jobs.length / BATCH);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      const cleanups: (() => void)[] = [];
      let settled = false;
      const finish = (err?: unknown) => {
        if (settled) return;
        settled = true;
        for (const c of cleanups) c();
        if (err) reject(err);
        else resolve(out);
      };
      const send = (w: Worker) => {
        if (next >= batches) return;
        const batch = next++;
        w.postMessage({ kind: "scan", batch, jobs: jobs.slice(batch * BATCH, (batch + 1) * BATCH) } satisfies WorkerRequest);
      };
      for (const w of this.workers) {
        const onMessage = (m: WorkerReply) => {
          if (m.kind !== "scan") return;
          m.scans.forEach((s, i) => (out[m.batch * BATCH + i] = s));
          // before send(w) re-arms it: a throwing callback must not leave a batch in flight
          try {
            onDone?.(m.batch * BATCH, m.scans);
          } catch (e) {
            finish(e);
            return;
          }
          if (++done === batches) finish();
          else send(w);
        };
        const onError = (e: unknown) => finish(e);
        const onExit = () => finish(new Error("summary worker exited"));
        w.on("message", onMessage).on("error", onError).on("exit", onExit);
        cleanups.push(() => w.off("message", onMessage).off("error", onError).off("exit", onExit));
        send(w);
        send(w);
      }
    });
  }
}

/** Send one request to a worker and wait for the reply `pick` accepts (it ignores any other). */
function request<T>(w: Worker, msg: WorkerRequest, pick: (m: WorkerReply) => T | undefined): Promise<T> {
  return new Promise((resolve, reject) => {
    const done = () => w.off("message", onMessage).off("error", onError).off("exit", onExit);
    const onMessage = (m: WorkerReply) => {
      const v = pick(m);
      if (v === undefined) return;
      done();
      resolve(v);
    };
    const onError = (e: unknown) => {
      done();
      reject(e);
    };
    const onExit = () => onError(new Error("summary worker exited"));
    w.on("message", onMessage).on("error", onError).on("exit", onExit);
    w.postMessage(msg);
  });
}

/**
 * The worker bundle sits beside the entry script: dist/cli.mjs (the server
 * and `list`) or the bench probe; bin/massgen-dash.mjs finds it in ../dist.
 * Not found (unit tests, `next` tooling): summaries are built in-process.
 */
export function workerFile(): string | null {
  const entry = process.argv[1];
  if (!entry) return null;
  const dir = path.dirname(path.resolve(entry));
  const candidates = [path.join(dir, WORKER_FILE), path.join(dir, "..", "dist", WORKER_FILE)];
  return candidates.find((f) => existsSync(f)) ?? null;
}
