import "server-only";
import { getServerConfig, type ServerConfig } from "./config";
import { type IndexListener, IndexStore } from "./index-store";

export type { IndexChange, IndexListener } from "./index-store";
export { IndexStore } from "./index-store";

/**
 * ONE store per process, keyed on globalThis: Next gives instrumentation.ts and
 * route handlers different module instances (STYLE.md packaging facts), and a
 * module-level singleton would start a second scan and watcher.
 */
const KEY = Symbol.for("massgen-dash.index-store");
type Holder = { [KEY]?: IndexStore };

export function getStore(config: ServerConfig = getServerConfig()): IndexStore {
  const g = globalThis as Holder;
  g[KEY] ??= new IndexStore(config);
  return g[KEY];
}

/** Change notifications (for SSE); returns the unsubscribe function. */
export function subscribe(listener: IndexListener): () => void {
  return getStore().subscribe(listener);
}

/** Stop watching and forget the store (tests, shutdown). */
export async function closeStore(): Promise<void> {
  const g = globalThis as Holder;
  const s = g[KEY];
  delete g[KEY];
  await s?.close();
}
