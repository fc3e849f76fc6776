import type { ToolExecution } from "@/lib/schemas/metrics";
import type { AttemptModel } from "./types";

/**
 * Detail types of the run model (agents' usage, enforcement, errors, stops,
 * coordination events, subagents). Re-exported by types.ts, which stays the
 * one import for consumers.
 */

export interface TokenUsage {
  inputTokens: number | null;
  outputTokens: number | null;
  reasoningTokens: number | null;
  cachedInputTokens: number | null;
  costUsd: number | null;
}

export interface ToolStat {
  name: string;
  type: string | null;
  calls: number | null;
  failures: number | null;
  totalMs: number | null;
}

export interface ToolStats {
  calls: number | null;
  failures: number | null;
  totalMs: number | null;
  byTool: ToolStat[];
}

export interface RoundUsage {
  round: number | null;
  type: string | null;
  outcome: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  reasoningTokens: number | null;
  costUsd: number | null;
  /** unix seconds */
  startTime: number | null;
  endTime: number | null;
  durationMs: number | null;
  toolCalls: number | null;
  contextUsagePct: number | null;
  /** RoundTokenUsage [≥v0.1.27] (FORMAT.md §3.2.3); null when the version did not record them */
  cachedInputTokens: number | null;
  apiCalls: number | null;
  apiTimeMs: number | null;
  /** the round's average time to first token; per-call TTFTs are not recorded */
  avgTtftMs: number | null;
}

/**
 * One record of metrics_events.json `tool_executions` (§3.3), as parsed: the
 * zod schema's own type (no twin interface), since the charts (p90) and the
 * report (sizes, failures) use different subsets of its fields.
 */
export type { ToolExecution };

export interface EnforcementEvent {
  round: number | null;
  attempt: number | null;
  maxAttempts: number | null;
  reason: string | null;
  toolCalls: string[];
  errorMessage: string | null;
  bufferPreview: string | null;
  bufferChars: number | null;
  timestamp: number | null;
}

export interface Enforcement {
  /** total_enforcement_retries (0 when status.json has `reliability: null`) */
  count: number;
  /** unique reasons in order of first appearance (§8.6) */
  reasons: string[];
  bufferCharsLost: number;
  events: EnforcementEvent[];
}

export interface AgentError {
  type: string;
  message: string;
  /** unix seconds; for status.json errors this is the time of the status write (§3.1.4) */
  timestamp: number | null;
}

/** An error/timeout seen in the run (coordination or live events), in time order. */
export interface RunError {
  agentId: string | null;
  type: "error" | "timeout";
  message: string;
  timestamp: number | null;
}

/** Decomposition-mode `stop` (FORMAT.md §3.4.2 agent_stopped): not a vote. */
export interface Stop {
  agentId: string;
  summary: string;
  status: string | null;
  timestamp: number | null;
  round: number | null;
}

/** One coordination event (coordination_events.json, §3.4), unknown types kept. */
export interface CoordinationEventView {
  timestamp: number | null;
  type: string;
  agentId: string | null;
  details: string;
  iteration: number | null;
  round: number | null;
  /** the raw `context` object (type-specific keys, §3.4.2) */
  context: Record<string, unknown>;
}

/** A subagent (`subagents/<id>/`) rolled into its parent attempt (§3.10). */
export interface SubagentModel {
  id: string;
  /** the child run, when `full_logs/` could be read */
  model: AttemptModel | null;
  costUsd: number | null;
  task: string | null;
}
