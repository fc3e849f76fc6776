"use client";

import { type AgentActivity, type LiveActivity, liveness } from "@/lib/model/live-activity";
import type { RunState } from "@/lib/model/types";
import type { AgentColor } from "@/lib/prepare/agent-colors";
import { AgentChip } from "@/components/ui/agent-chip";
import { cn } from "@/components/ui/cn";
import { formatElapsed, useNowSeconds } from "./elapsed";

export interface LiveRunPanelProps {
  state: RunState;
  /** status.json meta.last_updated (unix s) */
  lastUpdated: number | null;
  startTime: number | null;
  /** status.json coordination.phase is not in the model; events.jsonl's phase_change is (live.phase) */
  activity: LiveActivity | null;
  answers: string[];
  votes: number;
  colors: Record<string, AgentColor>;
}

const DOING: Record<AgentActivity["kind"], string> = {
  waiting: "waiting",
  working: "working",
  thinking: "thinking",
  writing: "writing",
  tool: "calling",
  answered: "answered",
  voted: "voted for",
  restarting: "restarting",
  presenting: "presenting the final answer",
  done: "done",
  stopped: "stopped",
  error: "error",
};

/**
 * A running (or stalled) attempt as it happens: phase, each agent's current
 * activity from events.jsonl, answers and votes so far, the elapsed time
 * ticking. Shows nothing once the run is finished or long dead.
 */
export function LiveRunPanel(p: LiveRunPanelProps) {
  const now = useNowSeconds();
  const live = now === null ? (p.state === "running" ? "live" : null) : liveness(p.state, p.lastUpdated, now * 1000);
  if (!live) return null;
  const quiet = now !== null && p.lastUpdated !== null ? now - p.lastUpdated : null;
  return (
    <section data-testid="live-run-panel" data-liveness={live} data-last-updated={p.lastUpdated ?? ""} data-answers={p.answers.length} data-votes={p.votes} aria-label="Live run" className={cn("rounded-lg border px-4 py-3 text-[13px]", live === "live" ? "border-live/40 bg-live-soft/40" : "border-warn/40 bg-warn-soft/40")}>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <span className={cn("font-semibold", live === "live" ? "text-live" : "text-warn")} data-testid="live-run-state">
          {live === "live" ? "Running" : `Stalled: status.json not updated for ${formatElapsed(quiet ?? 0)}`}
        </span>
        <span className="text-muted">
          Phase <span className="text-foreground" data-testid="live-phase">{p.activity?.phase ?? "—"}</span>
        </span>
        <span className="text-muted">
          Elapsed <span className="font-mono text-foreground" data-testid="live-elapsed">{p.startTime !== null && now !== null ? formatElapsed(now - p.startTime) : "—"}</span>
        </span>
        <span className="text-muted" data-testid="live-counts">
          <span className="text-foreground">{p.answers.length}</span> answers · <span className="text-foreground">{p.votes}</span> votes so far
        </span>
      </div>
      {p.activity && p.activity.agents.length > 0 && (
        <ul className="mt-2 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {p.activity.agents.map((a) => (
            <li key={a.agentId} className="flex min-w-0 items-center gap-2" data-testid="live-agent" data-agent={a.agentId} data-activity={a.kind}>
              {p.colors[a.agentId] ? <AgentChip id={a.agentId} color={p.colors[a.agentId] as AgentColor} /> : <span className="font-medium">{a.agentId}</span>}
              <span className="truncate text-muted">
                {DOING[a.kind]}
                {a.detail ? <span className="font-mono text-foreground"> {a.detail}</span> : null}
                {a.since !== null && now !== null ? ` · ${formatElapsed(now - a.since)} ago` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
