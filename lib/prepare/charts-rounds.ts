/**
 * Per-round rows (RoundTokenUsage, FORMAT.md §3.2.3, API timing [≥v0.1.27]),
 * and the same rows bucketed by round number for a chart whose x axis is the
 * round (readable at 12 agents × 40 rounds: one stacked bar per round).
 */
import type { AgentInfo } from "@/lib/model/types";
import type { RoundBucket, RoundRow } from "./charts-types";

export function roundRows(agents: readonly AgentInfo[]): RoundRow[] {
  return agents.flatMap((a) =>
    (a.rounds ?? []).map(
      (r, i): RoundRow => ({
        key: `${a.id}#${i}`,
        agentId: a.id,
        round: r.round,
        type: r.type,
        outcome: r.outcome,
        costUsd: r.costUsd,
        inputTokens: r.inputTokens,
        outputTokens: r.outputTokens,
        reasoningTokens: r.reasoningTokens,
        cachedInputTokens: r.cachedInputTokens,
        durationMs: r.durationMs,
        apiTimeMs: r.apiTimeMs,
        apiCalls: r.apiCalls,
        avgTtftMs: r.avgTtftMs,
        toolCalls: r.toolCalls,
        startTime: r.startTime,
        endTime: r.endTime,
      }),
    ),
  );
}

export function roundBuckets(rows: readonly RoundRow[]): RoundBucket[] {
  const byRound = new Map<number, RoundBucket>();
  for (const r of rows) {
    if (r.round === null) continue;
    const b = byRound.get(r.round) ?? emptyBucket(r.round);
    byRound.set(r.round, b);
    // an agent restarted inside one round number has several rows: add them up
    b.costUsd[r.agentId] = add(b.costUsd[r.agentId], r.costUsd);
    b.tokens[r.agentId] = add(b.tokens[r.agentId], sumKnown(r.inputTokens, r.outputTokens));
    b.durationMs[r.agentId] = add(b.durationMs[r.agentId], r.durationMs);
    b.apiTimeMs[r.agentId] = add(b.apiTimeMs[r.agentId], r.apiTimeMs);
    b.avgTtftMs[r.agentId] = r.avgTtftMs ?? b.avgTtftMs[r.agentId] ?? null;
    const kind = roundKind(r.type, r.outcome);
    b.kinds[r.agentId] = b.kinds[r.agentId] ? `${b.kinds[r.agentId]}, ${kind}` : kind;
  }
  return [...byRound.values()].sort((a, b) => a.round - b.round);
}

/** "voting → vote"; either side may be unknown. */
export function roundKind(type: string | null, outcome: string | null): string {
  return `${type ?? "round"} → ${outcome ?? "in progress"}`;
}

function emptyBucket(round: number): RoundBucket {
  return { round, label: `R${round}`, costUsd: {}, tokens: {}, durationMs: {}, apiTimeMs: {}, avgTtftMs: {}, kinds: {} };
}

function add(a: number | null | undefined, b: number | null): number | null {
  if (b === null) return a ?? null;
  return (a ?? 0) + b;
}

function sumKnown(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}
