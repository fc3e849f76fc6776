"use client";

import { useEffect, useRef, useState } from "react";
import { patchRuns } from "@/lib/prepare/runs-patch";
import { expandRunsWire, type RunsTableRow, type RunsWire } from "@/lib/prepare/runs-table";
import { connectLive, subscribeLive } from "@/components/live/live-client";

interface RowsResponse {
  logs: string[];
  wire: RunsWire;
}

/**
 * The list's rows, kept current between page loads (issue 5): SSE names the
 * logs whose index entry changed, and only their rows are fetched
 * (/api/rows) and patched in; sort, filters, scroll and the rest stay as they
 * are. One request at a time; changes that arrive meanwhile go in the next.
 * A new server payload (`base`, after a full refresh) replaces the patches.
 */
export function useLiveRows(base: RunsTableRow[]): RunsTableRow[] {
  const [patched, setPatched] = useState<{ base: RunsTableRow[]; rows: RunsTableRow[] } | null>(null);
  const baseRef = useRef(base);
  useEffect(() => {
    baseRef.current = base;
  }, [base]);

  useEffect(() => {
    const dirty = new Set<string>();
    let inFlight = false;
    let stopped = false;
    const pump = async () => {
      // a hidden tab fetches what changed once it is shown again
      if (inFlight || dirty.size === 0 || stopped || document.hidden) return;
      inFlight = true;
      const ids = [...dirty].slice(0, 200);
      for (const id of ids) dirty.delete(id);
      try {
        const res = await fetch(`/api/rows?${ids.map((id) => `log=${encodeURIComponent(id)}`).join("&")}`, { cache: "no-store" });
        if (res.ok && !stopped) {
          const body = (await res.json()) as RowsResponse;
          const fresh = expandRunsWire(body.wire);
          setPatched((prev) => {
            const b = baseRef.current;
            return { base: b, rows: patchRuns(prev && prev.base === b ? prev.rows : b, body.logs, fresh) };
          });
        }
      } catch {
        // offline or server restarting: the reconnect's catch-up refresh brings the list back
      } finally {
        inFlight = false;
        void pump();
      }
    };
    const release = connectLive();
    const off = subscribeLive((events) => {
      for (const e of events) if (e.kind === "index") dirty.add(e.log);
      void pump();
    });
    const onVisible = () => void pump();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      document.removeEventListener("visibilitychange", onVisible);
      off();
      release();
    };
  }, []);

  return patched && patched.base === base ? patched.rows : base;
}
