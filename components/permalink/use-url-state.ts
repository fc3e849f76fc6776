"use client";

import { type ReadonlyURLSearchParams, useSearchParams } from "next/navigation";
import { useMemo, useState } from "react";
import type { ParamPatch } from "@/lib/prepare/export-permalink";
import { setViewParams } from "./use-view-params";

/**
 * View state mirrored in the URL. Next applies a replaceState to
 * useSearchParams in a transition, a moment later, so a controlled input
 * would flick back; local state answers at once and the URL follows. A change
 * of the URL from outside (Back, a pasted link, a shortcut) wins.
 */
export function useUrlState<T>(read: (p: ReadonlyURLSearchParams) => T, write: (v: T) => ParamPatch): [T, (v: T) => void] {
  const params = useSearchParams();
  // `read` is a module-level function at every call site; params alone decide the value
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const fromUrl = useMemo(() => read(params), [params]);
  const [value, setValue] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  // "Adjust state while rendering" (React docs) rather than an effect that sets state.
  if (fromUrl !== seen) {
    setSeen(fromUrl);
    setValue(fromUrl);
  }
  const set = (v: T) => {
    setValue(v);
    setViewParams(write(v));
  };
  return [value, set];
}
