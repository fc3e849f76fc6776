import type { CoordFacet, CoordRow } from "./coordination-types";

/**
 * Event type → filter facet (FORMAT.md §3.4.2, §8.4). Anything not listed is
 * "unknown" and still gets a row (STYLE.md principle 3).
 */
const BY_TYPE: Record<string, CoordFacet> = {
  session_start: "session",
  session_end: "session",
  iteration_start: "session",
  iteration_end: "session",
  status_change: "status",
  context_received: "context",
  restart_triggered: "restart",
  restart_completed: "restart",
  new_answer: "answer",
  vote_cast: "vote",
  vote_ignored: "ignored",
  agent_stopped: "stop",
  final_round_start: "final",
  final_agent_selected: "final",
  final_answer: "final",
  agent_error: "error",
  agent_timeout: "error",
  agent_cancelled: "error",
  update_injected: "update",
  broadcast_created: "broadcast",
  broadcast_response: "broadcast",
  human_broadcast_response: "broadcast",
  broadcast_complete: "broadcast",
  broadcast_timeout: "broadcast",
};

export const FACET_LABELS: Record<CoordFacet, string> = {
  answer: "New answers",
  vote: "Votes",
  ignored: "Ignored votes",
  stop: "Stops",
  final: "Final / winner",
  restart: "Restarts",
  update: "Update injections",
  error: "Errors & timeouts",
  context: "Context received",
  status: "Status changes",
  session: "Session & iterations",
  broadcast: "Broadcasts",
  checkpoint: "Checkpoints",
  unknown: "Unknown types",
};

export function facetOf(type: string): CoordFacet {
  if (type.startsWith("checkpoint_")) return "checkpoint";
  return BY_TYPE[type] ?? "unknown";
}

/** The "answers & votes only" toggle: what decided the run (stops are decomposition's votes, §2). */
const ANSWERS_AND_VOTES = new Set<CoordFacet>(["answer", "vote", "ignored", "stop", "final"]);

export function isAnswerOrVote(row: Pick<CoordRow, "facet">): boolean {
  return ANSWERS_AND_VOTES.has(row.facet);
}

export interface CoordFilter {
  /** agent ids to show; empty = all. Orchestrator-level rows (no agent) always pass. */
  agents: readonly string[];
  /** facets to show; empty = all */
  facets: readonly CoordFacet[];
  answersAndVotesOnly: boolean;
}

export const NO_FILTER: CoordFilter = { agents: [], facets: [], answersAndVotesOnly: false };

export function filterRows(rows: readonly CoordRow[], f: CoordFilter): CoordRow[] {
  if (!f.agents.length && !f.facets.length && !f.answersAndVotesOnly) return rows as CoordRow[];
  const agents = new Set(f.agents);
  const facets = new Set(f.facets);
  return rows.filter(
    (r) =>
      (!agents.size || r.agentId === null || agents.has(r.agentId)) &&
      (!facets.size || facets.has(r.facet)) &&
      (!f.answersAndVotesOnly || isAnswerOrVote(r)),
  );
}

/** Facets present in the rows, in catalogue order, with counts. */
export function facetCounts(rows: readonly CoordRow[]): { facet: CoordFacet; label: string; count: number }[] {
  const counts = new Map<CoordFacet, number>();
  for (const r of rows) counts.set(r.facet, (counts.get(r.facet) ?? 0) + 1);
  return (Object.keys(FACET_LABELS) as CoordFacet[])
    .filter((f) => counts.has(f))
    .map((f) => ({ facet: f, label: FACET_LABELS[f], count: counts.get(f) ?? 0 }));
}
