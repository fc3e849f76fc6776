import { z } from "zod";
import { bool, byOutcomeSchema, num, pickShape, str, strList, tokenUsageSchema, toolMetricsSchema, roundTokenUsageSchema } from "./common";

/** status.json, FORMAT.md §3.1. v0.1.8–v0.1.37 files hold only a subset of these keys. */

/** §3.1.6 `agents.<id>.reliability.enforcement_attempts[]` */
export const enforcementAttemptSchema = z.looseObject({
  round: num,
  attempt: num,
  max_attempts: num,
  reason: str,
  tool_calls: strList,
  error_message: str,
  buffer_preview: str,
  buffer_chars: num,
  timestamp: num,
  docker_health: z.record(z.string(), z.unknown()).nullable().optional(),
});

/** §3.1.6 */
export const reliabilitySchema = z.looseObject({
  enforcement_attempts: z.array(enforcementAttemptSchema).nullable().optional(),
  by_round: z
    .record(z.string(), z.looseObject({ count: num, reasons: strList }))
    .nullable()
    .optional(),
  unknown_tools: strList,
  workflow_errors: strList,
  total_enforcement_retries: num,
  total_buffer_chars_lost: num,
  outcome: str,
});

/** `vote_cast` is the agent's FIRST vote of the attempt, not its latest (§3.1.4). */
export const voteCastSchema = z.looseObject({
  voted_for_agent: str,
  voted_for_label: str,
  reason_preview: str,
});

/** §3.1.4; `error.timestamp` is the time of the status write, not of the error. */
export const statusAgentSchema = z.looseObject({
  status: str,
  answer_count: num,
  latest_answer_label: str,
  vote_cast: voteCastSchema.nullable().optional(),
  times_restarted: num,
  last_activity: num,
  error: z.looseObject({ type: str, message: str, timestamp: num }).nullable().optional(),
  workspace_paths: z.record(z.string(), z.string().nullable()).nullable().optional(),
  token_usage: tokenUsageSchema.nullable().optional(),
  tool_metrics: toolMetricsSchema.nullable().optional(),
  round_history: z.array(roundTokenUsageSchema).nullable().optional(),
  round_timing: z.looseObject({ round_number: num, round_start_time: num }).nullable().optional(),
  reliability: reliabilitySchema.nullable().optional(),
});

/** §3.1.2; `session_id` is just the RUN dir name: take the session from the path. */
export const statusMetaSchema = z.looseObject({
  last_updated: num,
  session_id: str,
  log_dir: str,
  question: str,
  start_time: num,
  elapsed_seconds: num,
  orchestrator_paths: z.record(z.string(), z.string().nullable()).nullable().optional(),
  eval_criteria: z.array(z.looseObject({ id: str, text: str, category: str })).nullable().optional(),
  context_paths: z.array(z.looseObject({ path: str, permission: str })).nullable().optional(),
  docker_enabled: bool,
});

/** §3.1.3; `completion_percentage` and `active_agent` are hints only. */
export const statusCoordinationSchema = z.looseObject({
  phase: str,
  active_agent: str,
  completion_percentage: num,
  is_final_presentation: bool,
});

/** §3.1.5; `votes` accumulates every accepted vote of the attempt. */
export const statusResultsSchema = z.looseObject({
  votes: z.record(z.string(), z.number()).nullable().optional(),
  winner: str,
  final_answer_preview: str,
});

export const statusSchema = z.looseObject({
  finish_reason: str,
  finish_reason_details: str,
  is_complete: bool,
  review_pending: bool,
  meta: statusMetaSchema.nullable().optional(),
  costs: z
    .looseObject({ total_estimated_cost: num, total_input_tokens: num, total_output_tokens: num })
    .nullable()
    .optional(),
  tools: toolMetricsSchema.nullable().optional(),
  rounds: z
    .looseObject({
      total_rounds: num,
      by_outcome: byOutcomeSchema.nullable().optional(),
      total_round_input_tokens: num,
      total_round_output_tokens: num,
      total_round_cost: num,
    })
    .nullable()
    .optional(),
  coordination: statusCoordinationSchema.nullable().optional(),
  agents: z.record(z.string(), statusAgentSchema).nullable().optional(),
  // camelCase keys on purpose: that is what the writer emits (§3.1.1)
  historical_workspaces: z
    .array(
      z.looseObject({
        answerId: str,
        agentId: str,
        answerNumber: num,
        answerLabel: str,
        timestamp: str,
        workspacePath: str,
      }),
    )
    .nullable()
    .optional(),
  results: statusResultsSchema.nullable().optional(),
});

export type Status = z.infer<typeof statusSchema>;
export type StatusAgent = z.infer<typeof statusAgentSchema>;
export type Reliability = z.infer<typeof reliabilitySchema>;
export type EnforcementAttempt = z.infer<typeof enforcementAttemptSchema>;

/**
 * What an index row needs of status.json (lib/model/summarize-attempt.ts):
 * state, question, agents, winner, answer counts, costs, tokens, timing and
 * enforcement retries. The per-agent tool metrics and round history, which
 * are most of the file, are not validated for a row; as plain `z.object`s
 * drop unknown keys, nothing unvalidated reaches the model (issue 2: the
 * cold index of 2,000 runs).
 */
export const statusRowSchema = z.object({
  ...pickShape(statusSchema.shape, ["finish_reason", "finish_reason_details", "is_complete", "meta", "costs", "coordination", "results"]),
  rounds: z.object({ by_outcome: byOutcomeSchema.nullable().optional() }).nullable().optional(),
  agents: z
    .record(
      z.string(),
      z.object(pickShape(statusAgentSchema.shape, ["status", "answer_count", "latest_answer_label", "vote_cast", "times_restarted", "error", "token_usage", "reliability"])),
    )
    .nullable()
    .optional(),
});
