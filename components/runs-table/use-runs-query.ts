"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseRunsQuery, type RunsQuery, serializeRunsQuery } from "@/lib/prepare/runs-query";

/**
 * The runs list query, read from and written to the URL.
 *
 * Writes use `window.history.replaceState`, which Next's App Router syncs into
 * useSearchParams without a server round trip: typing in the search box must
 * not re-render the force-dynamic page (and re-send every row) per keystroke,
 * and replace (not push) keeps Back meaningful and the scroll position put.
 */
export function useRunsQuery(): [RunsQuery, (patch: Partial<RunsQuery>) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const query = useMemo(() => parseRunsQuery(params), [params]);

  const update = useCallback(
    (patch: Partial<RunsQuery>) => {
      // Read the live URL, not the render-time snapshot, so quick successive updates compose.
      const current = parseRunsQuery(new URLSearchParams(window.location.search));
      const qs = serializeRunsQuery({ ...current, ...patch });
      const next = qs ? `${pathname}?${qs}` : pathname;
      if (next !== `${window.location.pathname}${window.location.search}`) {
        // `null`, not history.state: Next ignores calls whose data carries its own `__NA` marker.
        window.history.replaceState(null, "", next);
      }
    },
    [pathname],
  );

  return [query, update];
}
