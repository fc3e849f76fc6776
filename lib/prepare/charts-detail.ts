/**
 * Metric facts the run model does not carry (yet): per-round cached input,
 * API calls/time and TTFT (RoundTokenUsage [≥v0.1.27], FORMAT.md §3.2.3) and
 * the individual tool executions of metrics_events.json (§3.3), needed for
 * p90 times. Pure: reads the already-loaded files of a RunSource.
 */
import type { RunSource } from "@/lib/model/types";
import { parseMetricsEvents } from "@/lib/parse/metrics-events";
import { parseMetricsSummary } from "@/lib/parse/metrics-summary";
import { parseStatus } from "@/lib/parse/status";
import type { Parsed } from "@/lib/parse/result";
import type { RoundTokenUsage } from "@/lib/schemas/common";

export interface RoundTiming {
  agentId: string;
  round: number | null;
  startTime: number | null;
  cachedInputTokens: number | null;
  apiCalls: number | null;
  apiTimeMs: number | null;
  avgTtftMs: number | null;
}

export interface ToolExecutionFact {
  tool: string;
  agentId: string | null;
  round: number | null;
  ms: number | null;
  success: boolean | null;
}

export interface MetricsDetail {
  rounds: RoundTiming[];
  /** null when metrics_events.json is absent or unreadable */
  toolExecutions: ToolExecutionFact[] | null;
}

export function metricsDetail(src: RunSource): MetricsDetail {
  const status = parsed(src, "status.json", parseStatus);
  const summary = parsed(src, "metrics_summary.json", parseMetricsSummary);
  const events = parsed(src, "metrics_events.json", parseMetricsEvents);
  const ids = new Set([...Object.keys(status?.agents ?? {}), ...Object.keys(summary?.agents ?? {})]);
  for (const r of events?.round_completions ?? []) if (r.agent_id) ids.add(r.agent_id);
  // same source priority as the model's round list (lib/model/usage.ts), so the rows join 1:1
  const rounds = [...ids].flatMap((id) => {
    const fromEvents = events?.round_completions?.filter((r) => r.agent_id === id);
    const history = status?.agents?.[id]?.round_history ?? summary?.agents?.[id]?.round_history ?? fromEvents ?? [];
    return history.map((r) => timing(id, r));
  });
  const toolExecutions =
    events?.tool_executions?.map((e) => ({
      tool: e.tool_name ?? "unknown",
      agentId: e.agent_id ?? null,
      round: num(e.round_number),
      ms: num(e.execution_time_ms),
      success: e.success ?? null,
    })) ?? null;
  return { rounds, toolExecutions };
}

/** Join key of a round between the model and the detail. */
export function roundKey(agentId: string, round: number | null, startTime: number | null): string {
  return `${agentId}|${round ?? "?"}|${startTime ?? "?"}`;
}

function timing(agentId: string, r: RoundTokenUsage): RoundTiming {
  return {
    agentId,
    round: num(r.round_number),
    startTime: num(r.start_time),
    cachedInputTokens: num(r.cached_input_tokens),
    apiCalls: num(r.api_calls_count),
    apiTimeMs: num(r.api_time_ms),
    avgTtftMs: num(r.avg_ttft_ms),
  };
}

function parsed<T>(src: RunSource, rel: string, parse: (text: string, file: string) => Parsed<T>): T | null {
  const f = src.files[rel];
  return f?.kind === "text" ? parse(f.text, rel).value : null;
}

function num(v: number | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}
