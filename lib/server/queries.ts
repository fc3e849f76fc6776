import "server-only";
import type { AttemptModel, IndexView, LogSummary } from "@/lib/model/types";
import { resolveRunRef } from "@/lib/prepare/run-page";
import type { DiscoveredRun } from "./discover";
import { liveModel } from "./live-model";
import { loadRunModel } from "./run-model";
import { resolveInsideRoot } from "./safe-path";
import { getStore } from "./store";

/** Every data read of the app goes through here (STYLE.md: next-learn's one data module). */

/** How long a page may wait for the cold scan before it renders with `scanning: true`. */
const SCAN_WAIT_MS = 3000;

export async function getIndex(): Promise<IndexView> {
  const store = getStore();
  await Promise.race([store.ready, new Promise((r) => setTimeout(r, SCAN_WAIT_MS).unref())]);
  return store.getView();
}

/**
 * The run a URL points at, with a left-out turn or attempt completed to the
 * latest; null when the log, turn or attempt does not exist. Reads only the
 * index, not the run's files, so a page can 404 before it starts streaming.
 */
export async function resolveRunAddress(
  logId: string,
  turn: number | null,
  attempt: number | null,
): Promise<{ logId: string; turn: number | null; attempt: number | null } | null> {
  const store = getStore();
  await store.ready;
  const log = store.getView().logs.find((l) => l.id === logId);
  return log ? resolveRunRef(log, turn, attempt) : null;
}

interface CachedModel {
  /** the run's summary object: replaced whenever the store re-reads the run */
  stamp: object | undefined;
  atMs: number;
  model: AttemptModel;
}
/** Full models are big: keep the few most recently viewed, keyed by run path. */
const CACHE_SIZE = 16;
/** A live run's model also depends on the clock (freshness), so it is re-read this often at most. */
const LIVE_TTL_MS = 2000;
const CACHE_KEY = Symbol.for("massgen-dash.model-cache");
type Holder = { [CACHE_KEY]?: Map<string, CachedModel> };

function cache(): Map<string, CachedModel> {
  const g = globalThis as Holder;
  g[CACHE_KEY] ??= new Map();
  return g[CACHE_KEY];
}

/**
 * The full model of one attempt, or null when the log, turn or attempt does not
 * exist (or resolves outside its root). Cached until the store re-reads that run.
 */
export async function getAttempt(
  logId: string,
  turn: number | null,
  attempt: number | null,
): Promise<{ log: LogSummary; model: AttemptModel } | null> {
  const store = getStore();
  await store.ready;
  const scanned = store.findLog(logId);
  const log = store.getView().logs.find((l) => l.id === logId);
  if (!scanned || !log) return null;
  const run = scanned.log.turns
    .find((t) => t.turn === turn)
    ?.runs.find((r) => r.attempt === attempt);
  if (!run) return null;
  const summary = scanned.runs.get(run.relPath);
  const version = store.runVersion(run.absPath);
  const model =
    version !== null && summary?.summary.state === "running"
      ? await liveModel(scanned.log.root, run, version)
      : await cachedModel(scanned.log.root, run, summary);
  return model ? { log, model } : null;
}

async function cachedModel(root: string, run: DiscoveredRun, stamp: object | undefined): Promise<AttemptModel | null> {
  const c = cache();
  const hit = c.get(run.absPath);
  const now = Date.now();
  if (hit && hit.stamp === stamp && (hit.model.state !== "running" || now - hit.atMs < LIVE_TTL_MS)) {
    c.delete(run.absPath);
    c.set(run.absPath, hit);
    return hit.model;
  }
  // Re-check with realpath at read time: the tree may have changed since discovery.
  if (!(await resolveInsideRoot(root, run.relPath))) return null;
  const model = await loadRunModel(root, run, "full", now);
  c.set(run.absPath, { stamp, atMs: now, model });
  while (c.size > CACHE_SIZE) c.delete(c.keys().next().value as string);
  return model;
}
