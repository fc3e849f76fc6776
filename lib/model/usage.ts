import type { EnforcementAttempt, StatusAgent } from "@/lib/schemas/status";
import type { RoundTokenUsage, TokenUsage as TokenUsageFile, ToolMetrics } from "@/lib/schemas/common";
import { numOrNull } from "./agents";
import type { RunFiles } from "./run-files";
import type { Enforcement, EnforcementEvent, RoundUsage, TokenUsage, ToolStats } from "./types";

/**
 * Per-agent usage facts [≥v0.1.24]: status.json agents[] first (it is
 * rewritten at the very end, §3.1), else metrics_summary.json agents[] /
 * metrics_events.json round_completions. Absent → null, never 0.
 */
export interface AgentUsage {
  usage: TokenUsage | null;
  tools: ToolStats | null;
  rounds: RoundUsage[] | null;
  enforcement: Enforcement | null;
}

export function agentUsage(files: RunFiles, id: string): AgentUsage {
  const st: StatusAgent | undefined = files.status?.agents?.[id];
  const ms = files.metricsSummary?.agents?.[id];
  const completions = files.metricsEvents?.round_completions?.filter((r) => r.agent_id === id);
  const history = st?.round_history ?? ms?.round_history ?? (completions?.length ? completions : null);
  return {
    usage: tokenUsage(st?.token_usage ?? ms?.token_usage ?? null),
    tools: toolStats(st?.tool_metrics ?? ms?.tool_metrics ?? null),
    rounds: history ? history.map(roundUsage) : null,
    enforcement: enforcement(st),
  };
}

export function tokenUsage(t: TokenUsageFile | null): TokenUsage | null {
  if (!t) return null;
  return {
    inputTokens: numOrNull(t.input_tokens),
    outputTokens: numOrNull(t.output_tokens),
    reasoningTokens: numOrNull(t.reasoning_tokens),
    cachedInputTokens: numOrNull(t.cached_input_tokens),
    costUsd: numOrNull(t.estimated_cost),
  };
}

export function toolStats(t: ToolMetrics | null): ToolStats | null {
  if (!t) return null;
  return {
    calls: numOrNull(t.total_calls),
    failures: numOrNull(t.total_failures),
    totalMs: numOrNull(t.total_execution_time_ms),
    byTool: Object.entries(t.by_tool ?? {}).map(([name, a]) => ({
      name,
      type: a.tool_type ?? null,
      calls: numOrNull(a.call_count),
      failures: numOrNull(a.failure_count),
      totalMs: numOrNull(a.total_execution_time_ms),
    })),
  };
}

function roundUsage(r: RoundTokenUsage): RoundUsage {
  return {
    round: numOrNull(r.round_number),
    type: r.round_type ?? null,
    outcome: r.outcome ?? null,
    inputTokens: numOrNull(r.input_tokens),
    outputTokens: numOrNull(r.output_tokens),
    reasoningTokens: numOrNull(r.reasoning_tokens),
    costUsd: numOrNull(r.estimated_cost),
    startTime: numOrNull(r.start_time),
    endTime: numOrNull(r.end_time),
    durationMs: numOrNull(r.duration_ms),
    toolCalls: numOrNull(r.tool_calls_count),
    contextUsagePct: numOrNull(r.context_usage_pct),
    cachedInputTokens: numOrNull(r.cached_input_tokens),
    apiCalls: numOrNull(r.api_calls_count),
    apiTimeMs: numOrNull(r.api_time_ms),
    avgTtftMs: numOrNull(r.avg_ttft_ms),
  };
}

/**
 * `reliability` [≥v0.1.38] (§3.1.6): the key present but null means "no
 * enforcement events" (0); the key absent means the version did not record it.
 */
function enforcement(st: StatusAgent | undefined): Enforcement | null {
  if (!st || !("reliability" in st) || st.reliability === undefined) return null;
  const r = st.reliability;
  if (r === null) return { count: 0, reasons: [], bufferCharsLost: 0, events: [] };
  const events = (r.enforcement_attempts ?? []).map(enforcementEvent);
  const reasons = [...new Set(events.flatMap((e) => (e.reason ? [e.reason] : [])))];
  return {
    count: numOrNull(r.total_enforcement_retries) ?? events.length,
    reasons,
    bufferCharsLost: numOrNull(r.total_buffer_chars_lost) ?? events.reduce((s, e) => s + (e.bufferChars ?? 0), 0),
    events,
  };
}

function enforcementEvent(a: EnforcementAttempt): EnforcementEvent {
  return {
    round: numOrNull(a.round),
    attempt: numOrNull(a.attempt),
    maxAttempts: numOrNull(a.max_attempts),
    reason: a.reason ?? null,
    toolCalls: a.tool_calls ?? [],
    errorMessage: a.error_message ?? null,
    bufferPreview: a.buffer_preview ?? null,
    bufferChars: numOrNull(a.buffer_chars),
    timestamp: numOrNull(a.timestamp),
  };
}
