"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { setViewParams } from "@/components/permalink/use-view-params";
import { parseTimeWindow, timeWindowParams } from "@/lib/prepare/export-permalink";

export interface TimeDomain {
  t0: number;
  t1: number;
}

/** Shortest visible window, so zooming never collapses the axis. */
const MIN_WINDOW_S = 2;

/** Keep a window inside [0, span] and at least MIN_WINDOW_S wide. */
export function clampDomain(d: TimeDomain, span: number): TimeDomain {
  const width = Math.min(span, Math.max(MIN_WINDOW_S, d.t1 - d.t0));
  const t0 = Math.min(Math.max(0, d.t0), Math.max(0, span - width));
  return { t0, t1: t0 + width };
}

/**
 * Zoom/pan state of the timeline's time axis (seconds since the run start).
 * While the whole run is shown, a growing live run stays fully shown. The
 * window is kept in the URL (`t0`/`t1`, seconds) so a permalink restores it.
 */
export function useTimeZoom(span: number) {
  // null = the whole run, derived from `span` on every render so a live run keeps growing in view
  const params = useSearchParams();
  const [custom, setCustom] = useState<TimeDomain | null>(() => parseTimeWindow(params.get("t0"), params.get("t1")));
  useEffect(() => setViewParams(timeWindowParams(custom)), [custom]);
  const domain = custom ? clampDomain(custom, span) : { t0: 0, t1: span };

  const update = useCallback(
    (f: (d: TimeDomain) => TimeDomain) =>
      setCustom((c) => {
        const next = clampDomain(f(c ? clampDomain(c, span) : { t0: 0, t1: span }), span);
        return next.t0 <= 0 && next.t1 >= span ? null : next;
      }),
    [span],
  );

  /** factor < 1 zooms in around `at` (a time inside the window, default its centre) */
  const zoom = useCallback(
    (factor: number, at?: number) =>
      update((d) => {
        const c = at ?? (d.t0 + d.t1) / 2;
        return { t0: c - (c - d.t0) * factor, t1: c + (d.t1 - c) * factor };
      }),
    [update],
  );
  const pan = useCallback((dt: number) => update((d) => ({ t0: d.t0 + dt, t1: d.t1 + dt })), [update]);
  const reset = useCallback(() => setCustom(null), []);

  return { domain, isFull: custom === null, zoom, pan, reset };
}
