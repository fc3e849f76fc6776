import type { AttemptModel, CoordinationEventView, Vote } from "@/lib/model/types";
import { formatDuration } from "@/lib/prepare/format";

/**
 * Small facts several sections and the rules share, computed once from the
 * model so every number in the report is the dashboard's number.
 */

/** Accepted votes, as the run page counts them (ignored votes excluded). */
export function acceptedVotes(m: AttemptModel): Vote[] {
  return m.votes.filter((v) => !v.ignored);
}

/**
 * Agent restarts: `restart_triggered` coordination events, the number the
 * coordination view shows (FORMAT.md §3.4.2). Null when the events were not
 * written (live, interrupted or pre-v0.0.19 run).
 */
export function restartCount(m: AttemptModel): number | null {
  return m.coordinationEvents ? m.coordinationEvents.filter((e) => e.type === "restart_triggered").length : null;
}

/** "coordination_events.json event #12" (1-based index in the file), the report's event id. */
export function eventRef(m: AttemptModel, e: CoordinationEventView): string {
  return `coordination_events.json event #${(m.coordinationEvents?.indexOf(e) ?? -1) + 1}`;
}

/** The coordination event recording a vote, matched by voter and timestamp. */
export function voteEvent(m: AttemptModel, v: Vote): CoordinationEventView | null {
  const type = v.ignored ? "vote_ignored" : "vote_cast";
  return m.coordinationEvents?.find((e) => e.agentId === v.voterId && e.timestamp === v.timestamp && (e.type === type || e.type === "agent_error")) ?? null;
}

/** Where a vote is recorded: its event id, else its snapshot dir. */
export function voteRef(m: AttemptModel, v: Vote): string {
  const e = voteEvent(m, v);
  if (e) return eventRef(m, e);
  return v.snapshotDir ? `${v.snapshotDir}/vote.json` : "events.jsonl";
}

/** "+1m 05s" since the attempt started, or "" when either time is unknown. */
export function offset(m: AttemptModel, t: number | null): string {
  if (t === null || m.startTime === null) return "";
  const d = t - m.startTime;
  return d < 0 ? "" : `+${formatDuration(d) ?? "0s"}`;
}

/** Label → author, from the model's answers (labels are `agentN.k`, FORMAT.md §2). */
export function labelAuthor(m: AttemptModel, label: string | null): string | null {
  if (!label) return null;
  return m.answers.find((a) => a.label === label)?.agentId ?? null;
}

/** The winning answer's votes in the deciding round (finalRoundTally), and that round's total. */
export function winnerTally(m: AttemptModel): { label: string | null; votes: number; total: number } {
  const total = Object.values(m.finalRoundTally).reduce((s, n) => s + n, 0);
  const entries = Object.entries(m.finalRoundTally).filter(([label]) => m.winner !== null && (labelAuthor(m, label) ?? label) === m.winner);
  const best = entries.sort((a, b) => b[1] - a[1])[0];
  return { label: best?.[0] ?? null, votes: best?.[1] ?? 0, total };
}

export function agentLabel(m: AttemptModel, id: string): string {
  const a = m.agents.find((x) => x.id === id);
  return a?.model ? `${id} (${a.model})` : id;
}
