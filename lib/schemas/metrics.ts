import { z } from "zod";
import { byOutcomeSchema, num, pickShape, str, tokenUsageSchema, toolMetricsSchema, roundTokenUsageSchema } from "./common";

/** metrics_summary.json and metrics_events.json, FORMAT.md §3.2–§3.3 (written once, at the end). */

const timingSchema = z.looseObject({ calls: num, time_ms: num, ttft_ms: num });

export const metricsSummarySchema = z.looseObject({
  meta: z
    .looseObject({ generated_at: num, session_id: str, question: str, num_agents: num, winner: str })
    .nullable()
    .optional(),
  totals: z
    .looseObject({
      estimated_cost: num,
      agent_cost: num,
      subagent_cost: num,
      input_tokens: num,
      output_tokens: num,
      reasoning_tokens: num,
    })
    .nullable()
    .optional(),
  tools: toolMetricsSchema.nullable().optional(),
  // key names differ from status.json `rounds` (§3.1.1 vs §3.2.1)
  rounds: z
    .looseObject({
      total_rounds: num,
      by_outcome: byOutcomeSchema.nullable().optional(),
      total_input_tokens: num,
      total_output_tokens: num,
      total_reasoning_tokens: num,
      total_estimated_cost: num,
      avg_context_usage_pct: num,
    })
    .nullable()
    .optional(),
  api_timing: z
    .looseObject({
      total_calls: num,
      total_time_ms: num,
      avg_time_ms: num,
      avg_ttft_ms: num,
      by_round: z.record(z.string(), timingSchema).nullable().optional(),
      by_backend: z.record(z.string(), timingSchema).nullable().optional(),
    })
    .nullable()
    .optional(),
  agents: z
    .record(
      z.string(),
      z.looseObject({
        tool_metrics: toolMetricsSchema.nullable().optional(),
        round_history: z.array(roundTokenUsageSchema).nullable().optional(),
        token_usage: tokenUsageSchema.nullable().optional(),
      }),
    )
    .nullable()
    .optional(),
  subagents: z
    .looseObject({
      total_subagents: num,
      total_input_tokens: num,
      total_output_tokens: num,
      total_estimated_cost: num,
      total_api_time_ms: num,
      total_api_calls: num,
      // `status` here is the subagent's coordination phase, not a run state (§3.2.1)
      subagents: z
        .array(
          z.looseObject({
            subagent_id: str,
            status: str,
            input_tokens: num,
            output_tokens: num,
            estimated_cost: num,
            elapsed_seconds: num,
            task: str,
            api_timing: z.record(z.string(), z.number().nullable()).nullable().optional(),
          }),
        )
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
});

/** ToolExecutionMetric.to_dict (§3.3). */
export const toolExecutionSchema = z.looseObject({
  tool_name: str,
  tool_type: str,
  call_id: str,
  agent_id: str,
  round_number: num,
  start_time: num,
  end_time: num,
  execution_time_ms: num,
  success: z.boolean().nullable().optional(),
  error_message: str,
  input_chars: num,
  output_chars: num,
  input_tokens_est: num,
  output_tokens_est: num,
});

export const metricsEventsSchema = z.looseObject({
  meta: z.looseObject({ generated_at: num, session_id: str, question: str }).nullable().optional(),
  tool_executions: z.array(toolExecutionSchema).nullable().optional(),
  round_completions: z.array(roundTokenUsageSchema).nullable().optional(),
});

export type MetricsSummary = z.infer<typeof metricsSummarySchema>;
export type MetricsEvents = z.infer<typeof metricsEventsSchema>;
export type ToolExecution = z.infer<typeof toolExecutionSchema>;

/** What an index row needs of metrics_summary.json: totals, winner/question and per-agent tokens (see statusRowSchema). */
export const metricsSummaryRowSchema = z.object({
  ...pickShape(metricsSummarySchema.shape, ["meta", "totals", "subagents"]),
  agents: z
    .record(z.string(), z.object({ token_usage: tokenUsageSchema.nullable().optional() }))
    .nullable()
    .optional(),
});
