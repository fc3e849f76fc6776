import { z } from "zod";

/**
 * Building blocks shared by several on-disk formats.
 * Every field is optional: MassGen added fields release by release
 * (FORMAT.md §3.1.1) and the lenient reader drops a field that has a wrong
 * type, so no field can be relied on to be present.
 */

export const num = z.number().nullable().optional();
export const str = z.string().nullable().optional();
export const bool = z.boolean().nullable().optional();
export const strList = z.array(z.string()).nullable().optional();

/** `token_usage` of status.json agents and metrics_summary agents (§3.1.4, §3.2.1). */
export const tokenUsageSchema = z.looseObject({
  input_tokens: num,
  output_tokens: num,
  reasoning_tokens: num,
  cached_input_tokens: num,
  estimated_cost: num,
});

/** Per-tool aggregate, status.json `tools.by_tool` and `tool_metrics.by_tool` (§3.1.1, §3.1.4). */
export const toolAggSchema = z.looseObject({
  call_count: num,
  success_count: num,
  failure_count: num,
  total_execution_time_ms: num,
  total_input_chars: num,
  total_output_chars: num,
  tool_type: str,
  avg_execution_time_ms: num,
  input_tokens_est: num,
  output_tokens_est: num,
  avg_input_chars: num,
  avg_output_chars: num,
  // distribution objects [≥v0.1.29]: keys vary (min/max/median/p90/p99, *_ms)
  output_distribution: z.record(z.string(), z.number().nullable()).nullable().optional(),
  input_distribution: z.record(z.string(), z.number().nullable()).nullable().optional(),
  exec_time_distribution: z.record(z.string(), z.number().nullable()).nullable().optional(),
});

/** `tools` (status.json) and `tool_metrics` (per agent) share this shape. */
export const toolMetricsSchema = z.looseObject({
  total_calls: num,
  total_failures: num,
  total_execution_time_ms: num,
  by_tool: z.record(z.string(), toolAggSchema).nullable().optional(),
});

/** RoundTokenUsage, element of `round_history` / `round_completions` (§3.2.3). */
export const roundTokenUsageSchema = z.looseObject({
  round_number: num,
  agent_id: str,
  round_type: str,
  outcome: str,
  input_tokens: num,
  output_tokens: num,
  reasoning_tokens: num,
  cached_input_tokens: num,
  estimated_cost: num,
  context_window_size: num,
  context_usage_pct: num,
  tool_calls_count: num,
  token_source: str,
  start_time: num,
  end_time: num,
  duration_ms: num,
  api_calls_count: num,
  api_time_ms: num,
  avg_ttft_ms: num,
});

/** `by_outcome` keys are fixed in the writer (§8.1) but kept open here. */
export const byOutcomeSchema = z.record(z.string(), z.number().nullable());

export type TokenUsage = z.infer<typeof tokenUsageSchema>;
export type ToolAgg = z.infer<typeof toolAggSchema>;
export type ToolMetrics = z.infer<typeof toolMetricsSchema>;
export type RoundTokenUsage = z.infer<typeof roundTokenUsageSchema>;

/** Some keys of an object schema's shape, to build the smaller schema an index row validates (status.ts, metrics.ts). */
export function pickShape<S extends z.ZodRawShape, K extends keyof S & string>(shape: S, keys: readonly K[]): Pick<S, K> {
  const out = {} as Pick<S, K>;
  for (const k of keys) out[k] = shape[k];
  return out;
}
