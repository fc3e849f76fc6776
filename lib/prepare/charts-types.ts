/**
 * View models of the charts panel (issue 4 "Tokens and cost"). Charts draw
 * these as they are; every number is already summed, every colour assigned.
 * `null` means "not recorded", never 0 (STYLE.md "Null means a gap").
 */
import type { CostFacts } from "@/lib/model/costs";

/** Why the metrics charts cannot be drawn at all (the panel says so instead of showing zeros). */
export interface MetricsMissing {
  kind: "before-v0.1.24" | "no-metrics";
  message: string;
}

export interface ChartAgent {
  id: string;
  label: string;
  color: string;
}

/** One bar of the per-agent stacked token chart; the four parts add up to input + output. */
export interface TokensRow {
  agentId: string;
  label: string;
  color: string;
  uncachedInput: number | null;
  cachedInput: number | null;
  /** output tokens that are not reasoning */
  output: number | null;
  reasoning: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  costUsd: number | null;
  /** cached / input, 0–1; null when input is unknown or 0 */
  cacheHitRate: number | null;
}

/** One completed round of one agent (RoundTokenUsage, FORMAT.md §3.2.3). */
export interface RoundRow {
  key: string;
  agentId: string;
  round: number | null;
  type: string | null;
  outcome: string | null;
  costUsd: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  reasoningTokens: number | null;
  cachedInputTokens: number | null;
  durationMs: number | null;
  apiTimeMs: number | null;
  apiCalls: number | null;
  avgTtftMs: number | null;
  toolCalls: number | null;
  /** unix seconds */
  startTime: number | null;
  endTime: number | null;
}

/** All agents' rounds with the same round number, for a chart whose x axis is the round. */
export interface RoundBucket {
  round: number;
  label: string;
  /** agentId → value; absent when the agent has no such round */
  costUsd: Record<string, number | null>;
  tokens: Record<string, number | null>;
  durationMs: Record<string, number | null>;
  apiTimeMs: Record<string, number | null>;
  avgTtftMs: Record<string, number | null>;
  /** agentId → "voting → vote" for the tooltip */
  kinds: Record<string, string>;
}

export interface CumulativePoint {
  /** seconds since the run start */
  t: number;
  costUsd: number;
  /** what the step adds, e.g. "agent_a R2 answer" */
  label: string;
}

export interface ToolRow {
  name: string;
  type: string | null;
  calls: number | null;
  failures: number | null;
  successes: number | null;
  failureRate: number | null;
  avgMs: number | null;
  /** from metrics_events.json tool_executions; null when those were not recorded/loaded */
  p90Ms: number | null;
  totalMs: number | null;
}

/** The model's attempt totals (same facts as the run header), plus chart-only aggregates. */
export interface ChartsTotals extends CostFacts {
  cachedInputTokens: number | null;
  cacheHitRate: number | null;
  rounds: number | null;
  apiTimeMs: number | null;
  avgTtftMs: number | null;
}

export interface ChartsView {
  missing: MetricsMissing | null;
  massgenVersion: string | null;
  agents: ChartAgent[];
  totals: ChartsTotals;
  tokens: TokensRow[];
  rounds: RoundRow[];
  roundBuckets: RoundBucket[];
  cumulative: CumulativePoint[];
  /** null when the run recorded no tool metrics */
  tools: ToolRow[] | null;
  /** false when neither per-round API timing [≥v0.1.27] nor metrics_events.json tool executions (p90) were recorded or loaded */
  hasDetail: boolean;
}
