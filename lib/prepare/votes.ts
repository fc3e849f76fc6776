import type { AttemptModel } from "@/lib/model/types";
import { agentColor, agentColorMap, type AgentColor } from "./agent-colors";
import { labelAgentLookup } from "./coordination-labels";
import { formatRelative } from "./coordination-time";
import { formatLocalDateTime } from "./format";
import { prepareVoteFlow } from "./votes-flow";
import { latestLabels, voteItems, voteRounds, type VoteItem } from "./votes-rounds";
import type { TallyBar, VoteEntry, VoteFlag, VoteRound, VotesView } from "./votes-types";

export type * from "./votes-types";

/**
 * The Votes panel: rounds of votes with full reasons, tallies, the winner,
 * and marks for switches, self-votes, ignored/invalid votes and
 * decomposition stops (a stop is not a vote, FORMAT.md §3.6).
 */
export function prepareVotes(m: AttemptModel): VotesView {
  const colors = agentColorMap(m.agents.map((a) => a.id));
  const colorOf = (id: string | null): AgentColor | null => (id ? (colors[id] ?? null) : null);
  const voterColor = (id: string): AgentColor => colors[id] ?? agentColor(id);
  const labelAgent = labelAgentLookup(m);
  const agentIds = new Set(m.agents.map((a) => a.id));
  const lastTarget = new Map<string, string>();
  const entryOf = (it: VoteItem, key: string): VoteEntry => {
    const at = { relLabel: formatRelative(it.at !== null && m.startTime !== null ? it.at - m.startTime : null), localTime: formatLocalDateTime(it.at) };
    if (it.kind === "stop") {
      const s = it.stop;
      return { key, kind: "stop", voterId: s.agentId, voterColor: voterColor(s.agentId), targetLabel: s.status, targetAgentId: null, targetColor: null, reason: s.summary || null, flags: ["stop"], switchedFrom: null, ...at, iteration: null, round: s.round };
    }
    const v = it.vote;
    const targetAgentId = v.targetAgentId ?? labelAgent(v.targetLabel);
    const target = v.targetLabel ?? v.targetAgentId;
    const flags: VoteFlag[] = [];
    let switchedFrom: string | null = null;
    if (v.ignored) flags.push("ignored");
    if (targetAgentId === v.voterId) flags.push("self");
    if ((targetAgentId !== null && !agentIds.has(targetAgentId)) || (v.targetLabel !== null && labelAgent(v.targetLabel) === null)) flags.push("invalid");
    if (!v.ignored && target) {
      const prev = lastTarget.get(v.voterId);
      if (prev !== undefined && prev !== target) {
        flags.push("switch");
        switchedFrom = prev;
      }
      lastTarget.set(v.voterId, target);
    }
    return {
      key,
      kind: v.ignored ? "ignored" : "vote",
      voterId: v.voterId,
      voterColor: voterColor(v.voterId),
      targetLabel: target,
      targetAgentId,
      targetColor: colorOf(targetAgentId),
      reason: v.reasonKnown ? v.reason : null,
      flags,
      switchedFrom,
      ...at,
      iteration: v.iteration,
      round: v.round,
    };
  };
  const raw = voteRounds(m.answers, voteItems(m.votes, m.stops));
  const winnerLabel = winningLabel(m);
  const tallyOf = (counts: Record<string, number>) => tallyBars(counts, labelAgent, colorOf, winnerLabel);
  const rounds: VoteRound[] = raw.map((r, i) => {
    const entries = r.items.map((it, j) => entryOf(it, `${i}-${j}`));
    const counts: Record<string, number> = {};
    for (const e of entries) if (e.kind === "vote" && e.targetLabel) counts[e.targetLabel] = (counts[e.targetLabel] ?? 0) + 1;
    const tally = tallyOf(counts);
    const iters = entries.flatMap((e) => (e.iteration === null ? [] : [e.iteration]));
    return {
      n: i + 1,
      afterLabel: r.answersBefore[r.answersBefore.length - 1]?.label ?? null,
      available: latestLabels(r.answersBefore),
      entries,
      tally,
      leader: tally.length && (tally.length === 1 || (tally[0]?.count ?? 0) > (tally[1]?.count ?? 0)) ? (tally[0]?.label ?? null) : null,
      iterations: iters.length ? { from: Math.min(...iters), to: Math.max(...iters) } : null,
    };
  });
  const all = rounds.flatMap((r) => r.entries);
  return {
    rounds,
    finalTally: tallyOf(m.finalRoundTally),
    winner: m.winner ? { agentId: m.winner, label: winnerLabel, color: colorOf(m.winner) } : null,
    totals: {
      votes: all.filter((e) => e.kind === "vote").length,
      ignored: all.filter((e) => e.kind === "ignored").length,
      stops: all.filter((e) => e.kind === "stop").length,
      switches: all.filter((e) => e.flags.includes("switch")).length,
      selfVotes: all.filter((e) => e.kind === "vote" && e.flags.includes("self")).length,
    },
    flow: prepareVoteFlow(m, rounds, winnerLabel, colors),
    note: rounds.length ? null : emptyNote(m),
  };
}

/** The winner's answer that won: the top of the deciding tally among the winner's labels, else its latest answer. */
function winningLabel(m: AttemptModel): string | null {
  if (!m.winner) return null;
  const mine = new Set(m.answers.filter((a) => a.agentId === m.winner).map((a) => a.label));
  const top = Object.entries(m.finalRoundTally).filter(([l]) => mine.has(l)).sort((a, b) => b[1] - a[1])[0]?.[0];
  return top ?? m.answers.filter((a) => a.agentId === m.winner).at(-1)?.label ?? null;
}

function tallyBars(counts: Record<string, number>, labelAgent: (l: string) => string | null, colorOf: (id: string | null) => AgentColor | null, winnerLabel: string | null): TallyBar[] {
  const max = Math.max(0, ...Object.values(counts));
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([label, count]) => {
      const agentId = labelAgent(label) ?? label;
      return { label, agentId, color: colorOf(agentId), count, share: max ? count / max : 0, isWinner: label === winnerLabel };
    });
}

function emptyNote(m: AttemptModel): string {
  if (m.state === "running") return "No votes yet: agents are still answering.";
  if (m.state === "timeout") return "No votes were cast before the run timed out.";
  return "No votes or stops were recorded for this attempt (coordination_events.json, events.jsonl or vote.json snapshots).";
}
