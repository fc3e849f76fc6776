import { type LiveEvent, parseLiveEvent } from "@/lib/model/live-events";

/**
 * The browser's one connection to /api/events, shared by every live widget of
 * the page (header indicator, page refreshers) and by every tab of the
 * dashboard: a browser opens at most 6 HTTP/1.1 connections per host, so with
 * one EventSource per tab the 7th tab would never load (issue 8: 20 tabs on
 * live runs). One tab (the holder of a Web Lock) keeps the EventSource and
 * relays what it hears over a BroadcastChannel; when it closes, another tab
 * takes the lock and connects. Without those APIs each tab connects itself.
 *
 * EventSource gives up for good when the server answers non-200 (e.g. 503
 * while it restarts), so reconnection is ours: backoff from 250 ms to 5 s, and
 * a watchdog that reconnects when the 15 s ping stops coming (a dropped
 * connection can look open). After a reconnect the server's `hello` tells
 * whether anything was missed (another boot, or a newer index version): then
 * listeners get a catch-up call.
 */
export type LiveStatus = "connecting" | "live" | "reconnecting";
export interface LiveSnapshot {
  status: LiveStatus;
  paused: boolean;
}
/** `catchUp`: changes may have been missed (reconnect, resume): refresh whatever is shown. */
export type LiveListener = (events: LiveEvent[], catchUp: boolean) => void;

interface Hello {
  boot: string;
  version: number;
}
/** What the connected tab relays to the others. */
type Relay =
  | { t: "hello"; hello: Hello }
  | { t: "event"; data: string; id: string }
  | { t: "ping" }
  | { t: "status"; status: LiveStatus; known: Hello | null }
  | { t: "query" };

const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 5000];
/** Two pings missed (the server pings every 15 s) means the connection is dead. */
const SILENT_MS = 35_000;
const SHARED_NAME = "massgen-dash-live";

let snapshot: LiveSnapshot = { status: "connecting", paused: false };
const snapshotListeners = new Set<() => void>();
const listeners = new Set<LiveListener>();
let source: EventSource | null = null;
let users = 0;
let attempt = 0;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let watchdog: ReturnType<typeof setInterval> | null = null;
let lastSeen = 0;
let known: Hello | null = null;
let missedWhilePaused = false;
/** Sharing across tabs: the channel, whether this tab holds the connection, and how to give it up. */
let channel: BroadcastChannel | null = null;
let leading = false;
let stopSharing: (() => void) | null = null;

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

function relay(r: Relay): void {
  if (leading) channel?.postMessage(r);
}

function setStatus(status: LiveStatus): void {
  set({ status });
  relay({ t: "status", status, known });
}

/** The same handling whether this tab heard it from the server or from the connected tab. */
function onHello(hello: Hello): void {
  lastSeen = Date.now();
  const missed = known !== null && (known.boot !== hello.boot || known.version !== hello.version);
  known = hello;
  attempt = 0;
  set({ status: "live" });
  if (missed) dispatch([], true);
}

function onEvent(data: string, id: string): void {
  lastSeen = Date.now();
  if (known && id) known = { ...known, version: Number(id) || known.version };
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(data);
  } catch {
    return;
  }
  const e = parseLiveEvent(parsed);
  if (e) dispatch([e], false);
}

function open(): void {
  const es = new EventSource("/api/events");
  source = es;
  lastSeen = Date.now();
  es.addEventListener("hello", (m) => {
    const hello = JSON.parse((m as MessageEvent<string>).data) as Hello;
    onHello(hello);
    relay({ t: "hello", hello });
  });
  es.addEventListener("ping", () => {
    lastSeen = Date.now();
    relay({ t: "ping" });
  });
  es.onmessage = (m: MessageEvent<string>) => {
    onEvent(m.data, m.lastEventId);
    relay({ t: "event", data: m.data, id: m.lastEventId });
  };
  es.onerror = () => reconnect();
  watchdog ??= setInterval(() => source && Date.now() - lastSeen > SILENT_MS && reconnect(), 5000);
}

function reconnect(): void {
  source?.close();
  source = null;
  if (users === 0 || retryTimer) return;
  setStatus("reconnecting");
  const delay = BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)] ?? 5000;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    if (users > 0) open();
  }, delay);
}

function onRelay(r: Relay): void {
  if (leading) {
    // a tab that just opened asks how things stand
    if (r.t === "query") relay({ t: "status", status: snapshot.status, known });
    return;
  }
  if (r.t === "hello") onHello(r.hello);
  else if (r.t === "event") onEvent(r.data, r.id);
  else if (r.t === "ping") lastSeen = Date.now();
  else if (r.t === "status") {
    known ??= r.known;
    set({ status: r.status });
  }
}

/** Share one connection between tabs when the browser can (Web Locks + BroadcastChannel); false: connect alone. */
function share(): boolean {
  if (typeof BroadcastChannel === "undefined" || typeof navigator === "undefined" || !navigator.locks) return false;
  const ch = new BroadcastChannel(SHARED_NAME);
  channel = ch;
  ch.onmessage = (m: MessageEvent<Relay>) => onRelay(m.data);
  const waiting = new AbortController();
  let release: (() => void) | null = null;
  navigator.locks
    .request(SHARED_NAME, { signal: waiting.signal }, () => {
      if (users === 0) return undefined;
      // this tab connects for all of them until it closes
      leading = true;
      open();
      return new Promise<void>((resolve) => (release = resolve));
    })
    .catch(() => {}); // aborted while waiting: this tab closed its last user
  ch.postMessage({ t: "query" } satisfies Relay);
  stopSharing = () => {
    waiting.abort();
    release?.();
    ch.close();
  };
  return true;
}

/** Start (or share) the connection; returns the release function. */
export function connectLive(): () => void {
  if (users++ === 0 && !share()) open();
  return () => {
    if (--users > 0) return;
    source?.close();
    source = null;
    if (retryTimer) clearTimeout(retryTimer);
    if (watchdog) clearInterval(watchdog);
    retryTimer = watchdog = null;
    stopSharing?.();
    stopSharing = channel = null;
    leading = false;
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
