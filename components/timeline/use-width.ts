"use client";

import { type RefObject, useEffect, useState } from "react";

/** Width of an element, kept current with a ResizeObserver (SVG text must not be scaled by a viewBox). */
export function useWidth(ref: RefObject<HTMLElement | null>, initial = 960): number {
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth(Math.round(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
