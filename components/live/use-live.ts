"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useSyncExternalStore, useTransition } from "react";
import type { LiveEvent } from "@/lib/model/live-events";
import { connectLive, getServerSnapshot, getSnapshot, type LiveSnapshot, subscribeLive, subscribeSnapshot } from "./live-client";

export function useLiveSnapshot(): LiveSnapshot {
  return useSyncExternalStore(subscribeSnapshot, getSnapshot, getServerSnapshot);
}

/**
 * Refresh the server-rendered page (router.refresh()) when an event matches.
 * Client state — sort, filters and the open tab in the URL, scroll position,
 * expanded rows — survives a refresh. At most one refresh is in flight; events
 * that arrive meanwhile fold into one more refresh after it, started no sooner
 * than `minIntervalMs` after the previous one (or after mount: the page was
 * just rendered). A catch-up (reconnect, resume) does not wait.
 */
const STUCK_MS = 5000;

export function useLiveRefresh(matches: (e: LiveEvent) => boolean, minIntervalMs = 0): void {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const state = useRef({ busy: false, again: false, hiddenChange: false, lastStart: 0, timer: null as ReturnType<typeof setTimeout> | null });
  const match = useRef(matches);
  const request = useRef((_now?: boolean) => {});
  useEffect(() => {
    match.current = matches;
    request.current = (now = false) => {
      const s = state.current;
      // A hidden tab refreshes once it is shown again (20 open tabs must not all re-render on every write).
      if (document.hidden) {
        s.hiddenChange = true;
        return;
      }
      if (s.busy || (s.timer && !now)) {
        s.again = s.busy;
        return;
      }
      if (s.timer) clearTimeout(s.timer);
      s.timer = setTimeout(() => {
        s.timer = null;
        s.busy = true;
        const started = (s.lastStart = Date.now());
        startTransition(() => router.refresh());
        // never stay "busy" if a refresh's transition is lost (e.g. the page navigated away meanwhile)
        setTimeout(() => {
          if (s.busy && s.lastStart === started) {
            s.busy = false;
            if (s.again) request.current();
          }
        }, STUCK_MS);
      }, now ? 0 : Math.max(0, s.lastStart + minIntervalMs - Date.now()));
    };
  }, [matches, minIntervalMs, router]);

  useEffect(() => {
    const s = state.current;
    if (pending) return;
    s.busy = false;
    if (s.again) {
      s.again = false;
      request.current();
    }
  }, [pending]);

  useEffect(() => {
    const s = state.current;
    s.lastStart = Date.now();
    const release = connectLive();
    const off = subscribeLive((events, catchUp) => {
      if (catchUp || events.some((e) => match.current(e))) request.current(catchUp);
    });
    const onVisible = () => {
      if (document.hidden || !s.hiddenChange) return;
      s.hiddenChange = false;
      request.current(true);
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      off();
      release();
      if (s.timer) clearTimeout(s.timer);
      s.timer = null;
    };
  }, []);
}
