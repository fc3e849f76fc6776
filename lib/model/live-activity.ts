import { parseLocalIso } from "@/lib/parse/timestamps";
import type { MassgenEvent } from "@/lib/schemas/events-jsonl";
import type { RunState } from "./types";

/**
 * What each agent is doing right now, from events.jsonl (FORMAT.md §3.9).
 * status.json's per-agent `status` cannot say it: an agent writing its first
 * answer reads "waiting", and one re-working after a restart stays "answered"
 * (§3.1.4). The last event of an agent decides; events the view does not know
 * leave the activity as it was.
 */
export type ActivityKind = "waiting" | "working" | "thinking" | "writing" | "tool" | "answered" | "voted" | "restarting" | "presenting" | "done" | "stopped" | "error";

export interface AgentActivity {
  agentId: string;
  kind: ActivityKind;
  /** tool name, answer label, voted-for label, error text … */
  detail: string | null;
  /** MassGen round number of the last event (envelope `round_number`) */
  round: number | null;
  /** unix seconds of the event that set this activity */
  since: number | null;
}

export interface LiveActivity {
  /** last `phase_change` (initial_answer, enforcement, presentation …) */
  phase: string | null;
  agents: AgentActivity[];
  /** answer labels in submission order */
  answers: string[];
  votes: { voterId: string; label: string | null }[];
  /** unix seconds of the newest event */
  lastEventAt: number | null;
}

type Step = Pick<AgentActivity, "kind" | "detail">;
const text = (v: unknown) => (typeof v === "string" && v.trim() ? v : null);

/** The activity an event starts, or null when it does not change what the agent is doing. */
function step(e: MassgenEvent): Step | null {
  const d = e.data ?? {};
  switch (e.event_type) {
    case "round_start":
      return { kind: "working", detail: null };
    case "thinking":
      return { kind: "thinking", detail: null };
    case "text":
      return { kind: "writing", detail: null };
    case "tool_start":
      return { kind: "tool", detail: text(d["tool_name"]) };
    case "tool_complete":
      return { kind: "working", detail: null };
    case "answer_submitted":
      return { kind: "answered", detail: text(d["answer_label"]) };
    case "vote":
      return { kind: "voted", detail: text(d["voted_for_label"]) ?? text(d["vote_label"]) ?? text(d["target_id"]) };
    case "agent_restart":
    case "restart_banner":
      return { kind: "restarting", detail: text(d["restart_reason"]) ?? text(d["reason"]) };
    case "final_presentation_start":
    case "presentation_start":
      return { kind: "presenting", detail: null };
    case "final_answer":
    case "final_presentation_end":
      return { kind: "done", detail: null };
    case "agent_stopped":
      return { kind: "stopped", detail: text(d["status"]) };
    case "error":
      return { kind: "error", detail: text(d["error"]) };
    default:
      return null;
  }
}

/** Fold events (file order) into the live view; `agentIds` fixes the order and lists agents with no event yet. */
export function liveActivity(events: readonly MassgenEvent[], agentIds: readonly string[], tz?: number): LiveActivity {
  const agents = new Map<string, AgentActivity>(agentIds.map((id) => [id, { agentId: id, kind: "waiting", detail: null, round: null, since: null }]));
  const out: LiveActivity = { phase: null, agents: [], answers: [], votes: [], lastEventAt: null };
  for (const e of events) {
    const at = e.timestamp ? parseLocalIso(e.timestamp, tz) : null;
    if (at !== null) out.lastEventAt = at;
    if (e.event_type === "phase_change") out.phase = text(e.data?.["phase"]) ?? out.phase;
    const s = step(e);
    const id = e.agent_id;
    if (!s || !id) continue;
    if (s.kind === "answered") out.answers.push(s.detail ?? `${id}.?`);
    if (s.kind === "voted") out.votes.push({ voterId: id, label: s.detail });
    agents.set(id, { agentId: id, ...s, round: e.round_number ?? null, since: at });
  }
  out.agents = [...agents.values()];
  return out;
}

/** status.json ticks every 2 s (FORMAT.md §5.1); after this long without a tick an unfinished run is "stalled". */
export const STALLED_AFTER_S = 10;
/** …and after this long it is taken for dead ("interrupted", §5.3: "a generous threshold, e.g. 60 s"). */
export const DEAD_AFTER_S = 120;

/**
 * How a run that is not finished looks right now: "live" while status.json is
 * fresh, "stalled" while it has been quiet for a little while (the process may
 * be blocked or just died), null when it is finished or long dead.
 */
export function liveness(state: RunState, lastUpdated: number | null, nowMs: number): "live" | "stalled" | null {
  if (state !== "running" && state !== "interrupted") return null;
  if (lastUpdated === null) return null;
  const age = nowMs / 1000 - lastUpdated;
  // fresh but not running: the run ended without a winner (state.ts), nothing is live
  if (age <= STALLED_AFTER_S) return state === "running" ? "live" : null;
  return age <= DEAD_AFTER_S ? "stalled" : null;
}
