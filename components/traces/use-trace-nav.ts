"use client";

import { useCallback, useRef, useState } from "react";
import { nextAfter, prevBefore } from "@/lib/prepare/trace";

/**
 * Jumps between blocks (errors, search hits). The next jump starts from the
 * last jump target, or from the first visible row after the user scrolled.
 */
export function useTraceNav() {
  const [jump, setJump] = useState<{ index: number; seq: number } | null>(null);
  const cursor = useRef(-1);
  const go = useCallback((index: number | null) => {
    if (index === null) return;
    cursor.current = index;
    setJump((j) => ({ index, seq: (j?.seq ?? 0) + 1 }));
  }, []);
  const onFirstVisible = useCallback((first: number) => {
    // scrolling away from the last target moves the cursor with the view
    if (jump === null || Math.abs(first - jump.index) > 2) cursor.current = first - 1;
  }, [jump]);
  return {
    jump,
    onFirstVisible,
    next: (sorted: readonly number[]) => go(nextAfter(sorted, cursor.current)),
    prev: (sorted: readonly number[]) => go(prevBefore(sorted, cursor.current)),
    reset: () => {
      cursor.current = -1;
    },
  };
}
