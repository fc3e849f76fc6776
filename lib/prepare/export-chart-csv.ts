/**
 * The data behind each chart of the charts panel as CSV: the same view models
 * the charts draw (lib/prepare/charts-*.ts), one row per bar or point.
 */
import type { CumulativePoint, RoundRow, TokensRow, ToolRow } from "./charts-types";
import type { TurnCostRow } from "./charts-turns";
import { type CsvColumn, toCsv } from "./export-csv";

const TOKENS: CsvColumn<TokensRow>[] = [
  { header: "agent_id", value: (r) => r.agentId },
  { header: "input_uncached_tokens", value: (r) => r.uncachedInput },
  { header: "input_cached_tokens", value: (r) => r.cachedInput },
  { header: "output_tokens_excl_reasoning", value: (r) => r.output },
  { header: "reasoning_tokens", value: (r) => r.reasoning },
  { header: "input_tokens", value: (r) => r.inputTokens },
  { header: "output_tokens", value: (r) => r.outputTokens },
  { header: "cost_usd", value: (r) => r.costUsd },
  { header: "cache_hit_rate", value: (r) => r.cacheHitRate },
];

const ROUNDS: CsvColumn<RoundRow>[] = [
  { header: "agent_id", value: (r) => r.agentId },
  { header: "round", value: (r) => r.round },
  { header: "type", value: (r) => r.type },
  { header: "outcome", value: (r) => r.outcome },
  { header: "cost_usd", value: (r) => r.costUsd },
  { header: "input_tokens", value: (r) => r.inputTokens },
  { header: "output_tokens", value: (r) => r.outputTokens },
  { header: "reasoning_tokens", value: (r) => r.reasoningTokens },
  { header: "cached_input_tokens", value: (r) => r.cachedInputTokens },
  { header: "duration_ms", value: (r) => r.durationMs },
  { header: "api_time_ms", value: (r) => r.apiTimeMs },
  { header: "api_calls", value: (r) => r.apiCalls },
  { header: "avg_ttft_ms", value: (r) => r.avgTtftMs },
  { header: "tool_calls", value: (r) => r.toolCalls },
  { header: "start_time_unix", value: (r) => r.startTime },
  { header: "end_time_unix", value: (r) => r.endTime },
];

const CUMULATIVE: CsvColumn<CumulativePoint>[] = [
  { header: "seconds_since_start", value: (p) => p.t },
  { header: "cumulative_cost_usd", value: (p) => p.costUsd },
  { header: "step", value: (p) => p.label },
];

const TOOLS: CsvColumn<ToolRow>[] = [
  { header: "tool", value: (r) => r.name },
  { header: "type", value: (r) => r.type },
  { header: "calls", value: (r) => r.calls },
  { header: "successes", value: (r) => r.successes },
  { header: "failures", value: (r) => r.failures },
  { header: "failure_rate", value: (r) => r.failureRate },
  { header: "avg_ms", value: (r) => r.avgMs },
  { header: "p90_ms", value: (r) => r.p90Ms },
  { header: "total_ms", value: (r) => r.totalMs },
];

const TURNS: CsvColumn<TurnCostRow>[] = [
  { header: "turn", value: (r) => r.turn },
  { header: "cost_usd", value: (r) => r.costUsd },
  { header: "input_tokens", value: (r) => r.inputTokens },
  { header: "output_tokens", value: (r) => r.outputTokens },
  { header: "attempts", value: (r) => r.attempts.length },
];

export const tokensCsv = (rows: readonly TokensRow[]) => toCsv(TOKENS, rows);
export const roundsCsv = (rows: readonly RoundRow[]) => toCsv(ROUNDS, rows);
export const cumulativeCsv = (points: readonly CumulativePoint[]) => toCsv(CUMULATIVE, points);
export const toolsCsv = (rows: readonly ToolRow[]) => toCsv(TOOLS, rows);
export const turnsCsv = (rows: readonly TurnCostRow[]) => toCsv(TURNS, rows);
