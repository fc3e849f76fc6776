"use client";

import { useEffect } from "react";
import { cn } from "@/components/ui/cn";
import { connectLive, setLivePaused } from "./live-client";
import { useLiveSnapshot } from "./use-live";

const LABEL = { live: "Live", connecting: "Connecting…", reconnecting: "Reconnecting…" } as const;

/** The header's "Live" badge with pause/resume (issue 5 "Browser"): paused, the page stops changing until resumed. */
export function LiveIndicator() {
  const { status, paused } = useLiveSnapshot();
  useEffect(() => connectLive(), []);
  const label = paused ? "Paused" : LABEL[status];
  return (
    <div className="flex items-center gap-1.5 text-[12px]" data-testid="live-indicator" data-status={paused ? "paused" : status}>
      <span
        aria-hidden
        className={cn(
          "inline-block size-2 rounded-full",
          paused ? "bg-muted" : status === "live" ? "live-pulse bg-live" : "bg-warn",
        )}
      />
      <span role="status" className={cn("font-medium", status === "live" && !paused ? "text-foreground" : "text-muted")}>
        {label}
      </span>
      <button
        type="button"
        onClick={() => setLivePaused(!paused)}
        className="rounded border border-border px-1.5 py-0.5 text-[11px] text-muted hover:text-foreground"
        aria-pressed={paused}
        title={paused ? "Resume live updates" : "Pause live updates: the page stops changing"}
      >
        {paused ? "Resume" : "Pause"}
      </button>
    </div>
  );
}
