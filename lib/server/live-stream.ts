import "server-only";
import { randomUUID } from "node:crypto";
import { type LiveEvent, sameEvent } from "@/lib/model/live-events";
import type { IndexChange, IndexListener } from "./index-store";

/**
 * One SSE stream of LiveEvents (issue 5 "Server"): a `hello` with the index
 * version and this process's boot id (a client that reconnects to a new boot,
 * or a later version, knows it missed changes and catches up), then each
 * distinct change at most DEBOUNCE_MS after it happened, and a ping every
 * 15 s so proxies and the browser see the connection alive (STYLE.md SSE facts).
 * The subscriber is removed on abort AND on cancel: either can come first.
 */
export const DEBOUNCE_MS = 30;
export const PING_MS = 15_000;
/** EventSource's own retry delay hint; the client also reconnects with backoff itself (components/live). */
const RETRY_HINT_MS = 1000;

export interface LiveStreamOptions {
  subscribe: (l: IndexListener) => () => void;
  signal: AbortSignal;
  version: number;
  debounceMs?: number;
  pingMs?: number;
}

const BOOT_KEY = Symbol.for("massgen-dash.boot-id");
type Holder = { [BOOT_KEY]?: string };

/** Identifies this server process (route modules are separate instances, so it lives on globalThis). */
export function bootId(): string {
  const g = globalThis as Holder;
  g[BOOT_KEY] ??= randomUUID();
  return g[BOOT_KEY];
}

/** The LiveEvents one index change stands for: the file event, and an "index" event per re-summarized log. */
export function changeEvents(change: IndexChange): LiveEvent[] {
  const out: LiveEvent[] = change.file ? [change.file] : [];
  for (const log of change.logIds) out.push({ log, turn: null, attempt: null, kind: "index" });
  return out;
}

export function liveStream(opts: LiveStreamOptions): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let pending: LiveEvent[] = [];
  let version = opts.version;
  let timer: NodeJS.Timeout | null = null;
  let ping: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;
  let done = false;

  const cleanup = () => {
    if (done) return;
    done = true;
    unsubscribe?.();
    if (timer) clearTimeout(timer);
    if (ping) clearInterval(ping);
    opts.signal.removeEventListener("abort", onAbort);
  };
  let onAbort = () => cleanup();

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (s: string) => {
        if (done) return;
        try {
          controller.enqueue(enc.encode(s));
        } catch {
          cleanup(); // the stream was closed under us
        }
      };
      const flush = () => {
        timer = null;
        const batch = pending;
        pending = [];
        send(batch.map((e) => `id: ${version}\ndata: ${JSON.stringify(e)}\n\n`).join(""));
      };
      onAbort = () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      if (opts.signal.aborted) return onAbort();
      opts.signal.addEventListener("abort", onAbort);
      send(`retry: ${RETRY_HINT_MS}\nevent: hello\ndata: ${JSON.stringify({ version, boot: bootId() })}\n\n`);
      unsubscribe = opts.subscribe((change) => {
        version = Math.max(version, change.version);
        for (const e of changeEvents(change)) if (!pending.some((p) => sameEvent(p, e))) pending.push(e);
        // The first event of a burst starts the timer: no event waits longer than the debounce.
        if (pending.length > 0 && !timer) timer = setTimeout(flush, opts.debounceMs ?? DEBOUNCE_MS);
      });
      ping = setInterval(() => send(`event: ping\ndata: ${Date.now()}\n\n`), opts.pingMs ?? PING_MS);
    },
    cancel() {
      cleanup();
    },
  });
}
