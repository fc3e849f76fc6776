import type { AttemptModel, CoordinationEventView, Vote } from "@/lib/model/types";
import { agentColor, agentColorMap } from "./agent-colors";
import { eventCell, stateAfter, type CellContext } from "./coordination-cells";
import { facetCounts } from "./coordination-facets";
import { labelAgentLookup } from "./coordination-labels";
import { liveEvents } from "./coordination-live";
import { formatRelative } from "./coordination-time";
import type { CoordColumn, CoordRow, CoordinationView } from "./coordination-types";
import { formatLocalDateTime } from "./format";

export type * from "./coordination-types";

/**
 * The interactive coordination table (issue 3): one column per agent in
 * config order, one row per event in order. From coordination_events.json
 * when the model has it (FORMAT.md §3.4), else from the live sources.
 */
export function prepareCoordination(m: AttemptModel): CoordinationView {
  const colors = agentColorMap(m.agents.map((a) => a.id));
  const columns: CoordColumn[] = m.agents.map((a) => ({
    agentId: a.id,
    labelPrefix: a.labelPrefix,
    model: a.model,
    color: colors[a.id] ?? agentColor(a.id),
    isWinner: a.id === m.winner,
  }));
  const fromFile = m.coordinationEvents !== null;
  const events = m.coordinationEvents ?? liveEvents(m);
  const answerTexts = collectAnswerTexts(m, events);
  const start = m.startTime ?? events.find((e) => e.timestamp !== null)?.timestamp ?? null;
  const rows = buildRows(events, columns, { labelAgent: labelAgentLookup(m), answerTexts, ignoredVote: ignoredLookup(m.votes) }, start);
  return {
    source: fromFile ? "coordination_events" : rows.length ? "live" : "none",
    sourceNote: fromFile ? "From coordination_events.json." : sourceNote(m, rows.length),
    columns,
    rows,
    facets: facetCounts(rows),
    answerTexts,
    winner: m.winner,
    startTime: start,
  };
}

function sourceNote(m: AttemptModel, n: number): string {
  // coordination_events.json is written at the end of a run, since v0.0.19 (§3.4)
  const missing = "coordination_events.json (written by MassGen ≥ v0.0.19 at the end of a run) is not here";
  if (!n) return `${missing}, and no answers, votes or errors were found in events.jsonl or the snapshot dirs yet.`;
  return `${missing}${m.state === "running" ? " yet" : ""}: built from events.jsonl and the snapshot dirs (answers, votes, stops, errors), so status, context and restart rows are missing.`;
}

function buildRows(events: CoordinationEventView[], columns: CoordColumn[], ctx: CellContext, start: number | null): CoordRow[] {
  const colOf = new Map(columns.map((c, i) => [c.agentId, i]));
  return events.map((e, i) => {
    const { facet, cell } = eventCell(e, ctx);
    const col = e.agentId === null ? null : (colOf.get(e.agentId) ?? null);
    const next = col === null ? undefined : stateAfter(e, { facet, cell });
    const rel = e.timestamp !== null && start !== null ? e.timestamp - start : null;
    return {
      n: i + 1,
      type: e.type,
      facet,
      agentId: e.agentId,
      col,
      relSeconds: rel,
      relLabel: formatRelative(rel),
      localTime: formatLocalDateTime(e.timestamp),
      iteration: e.iteration,
      round: e.round,
      cell,
      stateAfter: next ?? null,
    };
  });
}

/**
 * Full answer texts by label: snapshot answer.txt first, then the latest
 * answers carried in final_agent_selected.answers_for_context (§3.4.2), and
 * the final answer under its `agentN.final` label.
 */
function collectAnswerTexts(m: AttemptModel, events: CoordinationEventView[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of events) {
    const ctx = e.type === "final_agent_selected" ? e.context["answers_for_context"] : undefined;
    if (ctx && typeof ctx === "object") for (const [k, v] of Object.entries(ctx)) if (typeof v === "string") out[k] = v;
  }
  for (const a of m.answers) if (a.text !== null) out[a.label] = a.text;
  if (m.finalAnswer?.label) out[m.finalAnswer.label] = m.finalAnswer.text;
  return out;
}

/** The model's ignored votes are in event order: match by voter and time. */
function ignoredLookup(votes: Vote[]): CellContext["ignoredVote"] {
  const byKey = new Map(votes.filter((v) => v.ignored).map((v) => [`${v.voterId}|${v.timestamp}`, v]));
  return (e) => byKey.get(`${e.agentId}|${e.timestamp}`);
}
