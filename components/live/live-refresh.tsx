"use client";

import { useCallback } from "react";
import type { LiveEvent, LiveKind } from "@/lib/model/live-events";
import { useLiveRefresh } from "./use-live";

/** Writes that change what a run page shows; massgen.log and transcript appends alone do not warrant a re-render. */
const PAGE_KINDS = new Set<LiveKind>(["status", "events", "snapshot", "end"]);

/**
 * Mounted by a page to keep it current (issue 5 "Browser"). Without `log`
 * (the runs list) any re-summarized log refreshes; with it (a run page) the
 * log's index changes and every write to this attempt do.
 */
export function LiveRefresh({ log, turn = null, attempt = null, minIntervalMs = 0 }: { log?: string; turn?: number | null; attempt?: number | null; minIntervalMs?: number }) {
  const matches = useCallback(
    (e: LiveEvent) => (log === undefined ? e.kind === "index" : e.log === log && (e.kind === "index" || (e.turn === turn && e.attempt === attempt && PAGE_KINDS.has(e.kind)))),
    [log, turn, attempt],
  );
  useLiveRefresh(matches, minIntervalMs);
  return null;
}
