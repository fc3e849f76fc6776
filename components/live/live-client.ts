import { type LiveEvent, parseLiveEvent } from "@/lib/model/live-events";

/**
 * The browser's one connection to /api/events, shared by every live widget of
 * the page (header indicator, page refreshers). EventSource gives up for good
 * when the server answers non-200 (e.g. 503 while it restarts), so reconnection
 * is ours: backoff from 250 ms to 5 s, and a watchdog that reconnects when
 * the 15 s ping stops coming (a dropped connection can look open). After a
 * reconnect the server's `hello` tells whether anything was missed (another
 * boot, or a newer index version): then listeners get a catch-up call.
 */
export type LiveStatus = "connecting" | "live" | "reconnecting";
export interface LiveSnapshot {
  status: LiveStatus;
  paused: boolean;
}
/** `catchUp`: changes may have been missed (reconnect, resume): refresh whatever is shown. */
export type LiveListener = (events: LiveEvent[], catchUp: boolean) => void;

const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 5000];
/** Two pings missed (the server pings every 15 s) means the connection is dead. */
const SILENT_MS = 35_000;

let snapshot: LiveSnapshot = { status: "connecting", paused: false };
const snapshotListeners = new Set<() => void>();
const listeners = new Set<LiveListener>();
let source: EventSource | null = null;
let users = 0;
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let watchdog: ReturnType<typeof setInterval> | null = null;
let lastSeen = 0;
let known: { boot: string; version: number } | null = null;
let missedWhilePaused = false;

function set(patch: Partial<LiveSnapshot>): void {
  snapshot = { ...snapshot, ...patch };
  for (const l of snapshotListeners) l();
}

function dispatch(events: LiveEvent[], catchUp: boolean): void {
  if (snapshot.paused) {
    missedWhilePaused = true;
    return;
  }
  for (const l of listeners) l(events, catchUp);
}

function open(): void {
  const es = new EventSource("/api/events");
  source = es;
  lastSeen = Date.now();
  es.addEventListener("hello", (m) => {
    lastSeen = Date.now();
    const hello = JSON.parse((m as MessageEvent<string>).data) as { boot: string; version: number };
    const missed = known !== null && (known.boot !== hello.boot || known.version !== hello.version);
    known = hello;
    attempt = 0;
    set({ status: "live" });
    if (missed) dispatch([], true);
  });
  es.addEventListener("ping", () => (lastSeen = Date.now()));
  es.onmessage = (m: MessageEvent<string>) => {
    lastSeen = Date.now();
    if (known && m.lastEventId) known = { ...known, version: Number(m.lastEventId) || known.version };
    let data: unknown = null;
    try {
      data = JSON.parse(m.data);
    } catch {
      return;
    }
    const e = parseLiveEvent(data);
    if (e) dispatch([e], false);
  };
  es.onerror = () => reconnect();
}

function reconnect(): void {
  source?.close();
  source = null;
  if (users === 0 || retryTimer) return;
  set({ status: "reconnecting" });
  const delay = BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)] ?? 5000;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    if (users > 0) open();
  }, delay);
}

/** Start (or share) the connection; returns the release function. */
export function connectLive(): () => void {
  if (users++ === 0) {
    open();
    watchdog = setInterval(() => source && Date.now() - lastSeen > SILENT_MS && reconnect(), 5000);
  }
  return () => {
    if (--users > 0) return;
    source?.close();
    source = null;
    if (retryTimer) clearTimeout(retryTimer);
    if (watchdog) clearInterval(watchdog);
    retryTimer = watchdog = null;
  };
}

export function subscribeLive(l: LiveListener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function setLivePaused(paused: boolean): void {
  set({ paused });
  if (!paused && missedWhilePaused) {
    missedWhilePaused = false;
    dispatch([], true);
  }
}

export function subscribeSnapshot(l: () => void): () => void {
  snapshotListeners.add(l);
  return () => snapshotListeners.delete(l);
}

export const getSnapshot = (): LiveSnapshot => snapshot;
/** On the server nothing is connected yet. */
export const getServerSnapshot = (): LiveSnapshot => SERVER_SNAPSHOT;
const SERVER_SNAPSHOT: LiveSnapshot = { status: "connecting", paused: false };
