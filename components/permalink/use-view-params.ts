"use client";

import { useSearchParams } from "next/navigation";
import { applyParams, type ParamPatch } from "@/lib/prepare/export-permalink";

/**
 * Write view state into the URL with history.replaceState: Next's App Router
 * syncs it into useSearchParams without a server round trip (the run page is
 * force-dynamic; a filter change must not re-render it), and replace keeps
 * Back meaningful. Reads go through useSearchParams so server and client agree.
 */
export function setViewParams(patch: ParamPatch): void {
  const { pathname, search, hash } = window.location;
  const qs = applyParams(search, patch);
  if (qs === search) return;
  // `null`, not history.state: Next ignores calls whose data carries its own marker.
  window.history.replaceState(null, "", `${pathname}${qs}${hash}`);
}

/** The focused agent (`?agent=`), set by the 1–9 shortcuts, the coordination and answers filters. */
export function useFocusAgent(): string | null {
  return useSearchParams().get("agent");
}
