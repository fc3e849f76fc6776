import type { Answer, Stop, Vote } from "@/lib/model/types";

/**
 * Vote rounds. A new answer restarts the other agents (FORMAT.md §2), so the
 * votes cast between two answers all chose among the same answers: that
 * span is a round here. (`iteration` counts loop passes, one per vote or
 * less, so it is too fine to group by; `round` is per agent, §2.)
 */

export type VoteItem = { kind: "vote"; vote: Vote; at: number | null } | { kind: "stop"; stop: Stop; at: number | null };

export interface RawRound {
  /** answers (time order) that existed when the round started */
  answersBefore: Answer[];
  items: VoteItem[];
}

export function voteItems(votes: Vote[], stops: Stop[]): VoteItem[] {
  const items: VoteItem[] = [
    ...votes.map((vote): VoteItem => ({ kind: "vote", vote, at: vote.timestamp })),
    ...stops.map((stop): VoteItem => ({ kind: "stop", stop, at: stop.timestamp })),
  ];
  return items.map((it, i) => ({ it, i })).sort((a, b) => order(a.it.at, b.it.at) || a.i - b.i).map((x) => x.it);
}

function order(a: number | null, b: number | null): number {
  return (a ?? Infinity) - (b ?? Infinity) || 0;
}

/** Items grouped by how many answers existed when they were cast; items without a time join the last round. */
export function voteRounds(answers: Answer[], items: VoteItem[]): RawRound[] {
  const timed = answers.filter((a) => a.timestamp !== null).sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
  const byEpoch = new Map<number, VoteItem[]>();
  for (const it of items) {
    const epoch = it.at === null ? timed.length : timed.filter((a) => (a.timestamp ?? 0) <= (it.at ?? 0)).length;
    const list = byEpoch.get(epoch) ?? [];
    list.push(it);
    byEpoch.set(epoch, list);
  }
  return [...byEpoch.entries()].sort((a, b) => a[0] - b[0]).map(([epoch, its]) => ({ answersBefore: timed.slice(0, epoch), items: its }));
}

/** Each agent's latest answer label among `answers` (time order). */
export function latestLabels(answers: Answer[]): string[] {
  const latest = new Map<string, string>();
  for (const a of answers) latest.set(a.agentId, a.label);
  return [...latest.values()];
}
