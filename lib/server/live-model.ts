import "server-only";
import { buildAttempt } from "@/lib/model/build-attempt";
import type { AttemptModel } from "@/lib/model/types";
import type { DiscoveredRun } from "./discover";
import { LiveRunReader } from "./live-source";
import { resolveInsideRoot } from "./safe-path";

/**
 * Models of running attempts (queries.getAttempt), rebuilt from a LiveRunReader
 * that keeps each run's tails and file cache between page refreshes, so a live
 * page costs only what was appended or added since the last one. Keyed on
 * globalThis like the store (route modules are separate instances).
 */
interface Live {
  reader: LiveRunReader;
  version: number;
  atMs: number;
  model: AttemptModel | null;
  /** reads of one run are serialized: its tails advance a byte offset and must not read twice at once */
  queue: Promise<unknown>;
}
/** Runs that are live at once, in practice a handful; the least recently viewed go first. */
const MAX_LIVE = 8;
/** A live model also depends on the clock (freshness, FORMAT.md §5.3): rebuilt this often at least. */
const CLOCK_MS = 2000;
const KEY = Symbol.for("massgen-dash.live-models");
type Holder = { [KEY]?: Map<string, Live> };

function lives(): Map<string, Live> {
  const g = globalThis as Holder;
  g[KEY] ??= new Map();
  return g[KEY];
}

/** `version`: the store's change counter of the run (IndexStore.runVersion); a new one means files changed. */
export async function liveModel(root: string, run: DiscoveredRun, version: number): Promise<AttemptModel | null> {
  const all = lives();
  const now = Date.now();
  const live = all.get(run.absPath);
  all.delete(run.absPath);
  const l = live ?? { reader: new LiveRunReader(), version: -1, atMs: 0, model: null, queue: Promise.resolve() };
  all.set(run.absPath, l);
  while (all.size > MAX_LIVE) all.delete(all.keys().next().value as string);
  const next = l.queue.then(async () => {
    if (l.model && l.version === version && now - l.atMs < CLOCK_MS) return l.model;
    if (!(await resolveInsideRoot(root, run.relPath))) return null;
    l.version = version;
    l.atMs = now;
    l.model = buildAttempt(await l.reader.read(root, run, now));
    return l.model;
  });
  l.queue = next.catch(() => undefined);
  return next;
}
