/**
 * Markers of one agent's lane: answers, votes, enforcement attempts (§3.1.6)
 * and errors/timeouts. A fact without a timestamp cannot be placed on the time
 * axis; it is returned in `undrawn` so the panel can say how many are missing.
 */
import type { AttemptModel, EnforcementEvent, RunError } from "@/lib/model/types";
import { formatTokens } from "./format";
import { ANSWER_COLOR, ERROR_COLOR, TIMEOUT_COLOR, VOTE_COLOR, reasonColor, reasonLabel } from "./timeline-palette";
import type { TimelineMarker, TooltipLine } from "./timeline-types";

export interface Placed {
  markers: TimelineMarker[];
  undrawn: number;
}

type At = (unix: number | null) => number | null;

export function agentMarkers(model: AttemptModel, agentId: string, at: At): Placed {
  const out: Placed = { markers: [], undrawn: 0 };
  const put = (t: number | null, m: Omit<TimelineMarker, "t">) => {
    if (t === null) out.undrawn++;
    else out.markers.push({ ...m, t });
  };
  for (const a of model.answers.filter((x) => x.agentId === agentId)) {
    put(at(a.timestamp), {
      key: `answer:${a.label}`,
      kind: "answer",
      label: a.label,
      color: ANSWER_COLOR,
      reason: null,
      tooltip: { title: `Answer ${a.label}`, lines: [], preview: null },
    });
  }
  model.votes.forEach((v, i) => {
    if (v.voterId !== agentId) return;
    const target = v.targetLabel ?? v.targetAgentId ?? "?";
    const lines: TooltipLine[] = v.ignored ? [{ label: "Status", value: "ignored (restart pending)" }] : [];
    put(at(v.timestamp), {
      key: `vote:${i}`,
      kind: "vote",
      label: `→ ${target}`,
      color: VOTE_COLOR,
      reason: null,
      tooltip: { title: `Vote for ${target}`, lines, preview: v.reasonKnown && v.reason ? v.reason : null },
    });
  });
  const agent = model.agents.find((a) => a.id === agentId);
  agent?.enforcement?.events.forEach((e, i) => put(at(e.timestamp), enforcementMarker(e, i)));
  model.errors.forEach((e, i) => {
    if (e.agentId === agentId) put(at(e.timestamp), errorMarker(e, `error:${i}`));
  });
  out.markers.sort((a, b) => a.t - b.t);
  return out;
}

export function enforcementMarker(e: EnforcementEvent, i: number): Omit<TimelineMarker, "t"> {
  const of = e.maxAttempts === null ? "" : ` of ${e.maxAttempts}`;
  const lines: TooltipLine[] = [
    { label: "Attempt", value: `${e.attempt ?? "?"}${of}` },
    { label: "Round", value: e.round === null ? "—" : String(e.round) },
    { label: "Tool calls", value: e.toolCalls.length ? e.toolCalls.join(", ") : "none" },
    { label: "Chars lost", value: e.bufferChars === null ? "—" : (formatTokens(e.bufferChars) ?? "—") },
  ];
  if (e.errorMessage) lines.push({ label: "Error", value: e.errorMessage });
  return {
    key: `enforcement:${i}`,
    kind: "enforcement",
    label: null,
    color: reasonColor(e.reason),
    reason: e.reason ?? "unknown",
    tooltip: { title: `Enforcement: ${reasonLabel(e.reason)}`, lines, preview: e.bufferPreview },
  };
}

export function errorMarker(e: RunError, key: string): Omit<TimelineMarker, "t"> {
  return {
    key,
    kind: "error",
    label: e.type === "timeout" ? "timeout" : "error",
    color: e.type === "timeout" ? TIMEOUT_COLOR : ERROR_COLOR,
    reason: e.type,
    tooltip: { title: e.type === "timeout" ? "Timeout" : "Error", lines: [], preview: e.message || null },
  };
}
