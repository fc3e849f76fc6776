import type { RunState } from "@/lib/model/types";
import { STATE_LABELS } from "@/lib/prepare/runs-facets";
import { Badge, type BadgeTone } from "./badge";
import { cn } from "./cn";

const TONE: Record<RunState, BadgeTone> = {
  running: "live",
  complete: "ok",
  error: "bad",
  timeout: "warn",
  interrupted: "neutral",
};

const DOT: Record<RunState, string> = {
  running: "bg-live",
  complete: "bg-ok",
  error: "bg-bad",
  timeout: "bg-warn",
  interrupted: "bg-idle",
};

/** Run state with a coloured dot; the dot pulses while the run is live. */
export function StateBadge({ state, title, className }: { state: RunState; title?: string; className?: string }) {
  return (
    <Badge tone={TONE[state]} title={title} className={className} data-state={state}>
      <StateDot state={state} />
      {STATE_LABELS[state]}
    </Badge>
  );
}

export function StateDot({ state, className }: { state: RunState; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn("inline-block size-1.5 shrink-0 rounded-full", DOT[state], state === "running" && "live-pulse", className)}
    />
  );
}
