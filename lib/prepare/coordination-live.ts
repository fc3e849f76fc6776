import type { AttemptModel, CoordinationEventView } from "@/lib/model/types";

/**
 * Without coordination_events.json (a live run, or one that ended before the
 * end-of-run write, FORMAT.md §3.4 / §5) the table is built from what the
 * model took from events.jsonl (§3.9) and the snapshot dirs (§1.6): answers,
 * votes, stops, errors and the final answer, in time order. They are shaped
 * like coordination events (§3.4.2 context keys) so one pipeline draws both.
 */
export function liveEvents(m: AttemptModel): CoordinationEventView[] {
  const ev = (p: Omit<CoordinationEventView, "iteration" | "round" | "context"> & { round?: number | null; iteration?: number | null; context?: Record<string, unknown> }) =>
    ({ iteration: null, round: null, context: {}, ...p }) as CoordinationEventView;
  const out: CoordinationEventView[] = [
    ...m.answers.map((a) => ev({ timestamp: a.timestamp, type: "new_answer", agentId: a.agentId, details: `Provided answer ${a.label}`, context: { label: a.label } })),
    ...m.votes.map((v) =>
      v.ignored
        ? ev({ timestamp: v.timestamp, type: "vote_ignored", agentId: v.voterId, details: `VOTE_IGNORED: Voted for ${v.targetAgentId ?? "unknown"} but ignored due to restart`, round: v.round, iteration: v.iteration })
        : ev({
            timestamp: v.timestamp,
            type: "vote_cast",
            agentId: v.voterId,
            details: `Voted for ${v.targetLabel ?? v.targetAgentId ?? "unknown"}`,
            round: v.round,
            iteration: v.iteration,
            context: { voted_for: v.targetAgentId, voted_for_label: v.targetLabel, ...(v.reasonKnown ? { reason: v.reason } : {}) },
          }),
    ),
    ...m.stops.map((s) => ev({ timestamp: s.timestamp, type: "agent_stopped", agentId: s.agentId, details: `STOP: ${s.summary}`, round: s.round, context: { summary: s.summary, status: s.status } })),
    ...m.errors.map((e) =>
      ev({ timestamp: e.timestamp, type: e.type === "timeout" ? "agent_timeout" : "agent_error", agentId: e.agentId, details: `${e.type === "timeout" ? "TIMEOUT" : "ERROR"}: ${e.message}` }),
    ),
  ];
  if (m.finalAnswer) {
    const f = m.finalAnswer;
    out.push(ev({ timestamp: m.endTime, type: "final_answer", agentId: f.agentId, details: `Presented final answer ${f.label ?? ""}`.trim(), context: f.label ? { label: f.label } : {} }));
  }
  return byTime(out);
}

/** Stable sort by time; events without a time keep their relative order after the timed ones. */
function byTime(events: CoordinationEventView[]): CoordinationEventView[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const ta = a.e.timestamp ?? Infinity;
      const tb = b.e.timestamp ?? Infinity;
      return ta === tb ? a.i - b.i : ta - tb;
    })
    .map((x) => x.e);
}
