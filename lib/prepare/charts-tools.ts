/**
 * Tool stats per tool: calls, failures, average and p90 execution time.
 * Counts and totals come from the run's tool aggregate (metrics_summary.json,
 * else status.json `tools`, FORMAT.md §3.1.1); p90 needs the individual
 * executions of metrics_events.json (§3.3), so it is null without them.
 */
import type { ToolExecution, ToolStats } from "@/lib/model/types";
import type { ToolRow } from "./charts-types";

export function toolRows(tools: ToolStats | null, executions: readonly ToolExecution[] | null): ToolRow[] | null {
  if (!tools) return null;
  const times = new Map<string, number[]>();
  for (const e of executions ?? []) {
    const ms = e.execution_time_ms;
    if (typeof ms !== "number" || !Number.isFinite(ms)) continue;
    const tool = e.tool_name ?? "unknown";
    const list = times.get(tool);
    if (list) list.push(ms);
    else times.set(tool, [ms]);
  }
  return tools.byTool
    .map((t): ToolRow => {
      const failures = t.failures;
      const calls = t.calls;
      const ms = times.get(t.name);
      return {
        name: t.name,
        type: t.type,
        calls,
        failures,
        successes: calls !== null && failures !== null ? calls - failures : null,
        failureRate: calls && failures !== null ? failures / calls : null,
        avgMs: calls && t.totalMs !== null ? t.totalMs / calls : null,
        p90Ms: ms?.length ? percentile(ms, 0.9) : null,
        totalMs: t.totalMs,
      };
    })
    .sort((a, b) => (b.calls ?? -1) - (a.calls ?? -1) || a.name.localeCompare(b.name));
}

/** Nearest-rank percentile (the value a user can find among the executions). */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1] ?? null;
}
