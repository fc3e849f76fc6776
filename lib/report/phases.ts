import type { AttemptModel } from "@/lib/model/types";
import type { AgentRound } from "./findings";

/**
 * Wall-time phases of an attempt (FORMAT.md §2: initial_answer → enforcement
 * (voting) → presentation). From coordination events when written; else
 * from the agents' round history (round_type, §3.2.3).
 */
export interface Phase {
  name: string;
  start: number;
  end: number;
  source: string;
}

export function phases(m: AttemptModel, rounds: AgentRound[]): Phase[] | null {
  return fromEvents(m) ?? fromRounds(rounds);
}

function fromEvents(m: AttemptModel): Phase[] | null {
  const ev = m.coordinationEvents;
  if (!ev || m.startTime === null) return null;
  const at = (pred: (t: string) => boolean) => ev.find((e) => pred(e.type) && e.timestamp !== null)?.timestamp ?? null;
  const firstVote = at((t) => t === "vote_cast" || t === "agent_stopped");
  const finalStart = at((t) => t === "final_round_start");
  const end = at((t) => t === "session_end") ?? m.endTime ?? ev[ev.length - 1]?.timestamp ?? null;
  if (end === null) return null;
  const cuts: [string, number | null][] = [
    ["Initial answers (until the first vote)", m.startTime],
    ["Voting / enforcement", firstVote],
    ["Final presentation", finalStart],
  ];
  const known = cuts.filter((c): c is [string, number] => c[1] !== null);
  return known.map(([name, start], i) => ({ name, start, end: known[i + 1]?.[1] ?? end, source: "coordination_events.json" }));
}

const ROUND_PHASE: Record<string, string> = {
  initial_answer: "Initial answers",
  voting: "Voting / enforcement",
  presentation: "Final presentation",
  post_evaluation: "Post-evaluation",
};

function fromRounds(rounds: AgentRound[]): Phase[] | null {
  const spans = new Map<string, { start: number; end: number }>();
  for (const { round: r } of rounds) {
    if (r.startTime === null || r.endTime === null) continue;
    const name = ROUND_PHASE[r.type ?? ""] ?? `Rounds of type ${r.type ?? "unknown"}`;
    const s = spans.get(name);
    spans.set(name, { start: Math.min(s?.start ?? r.startTime, r.startTime), end: Math.max(s?.end ?? r.endTime, r.endTime) });
  }
  if (!spans.size) return null;
  return [...spans]
    .map(([name, s]) => ({ name, ...s, source: "round_history (phases can overlap: agents work in parallel)" }))
    .sort((a, b) => a.start - b.start);
}

/** The slowest rounds, each citing agent and round so it can be found in round_history. */
export function slowestRounds(rounds: AgentRound[], n = 5): AgentRound[] {
  return rounds.filter((r) => r.round.durationMs !== null).sort((a, b) => (b.round.durationMs ?? 0) - (a.round.durationMs ?? 0)).slice(0, n);
}
