/**
 * The charts panel view model (issue 4): AttemptModel → everything the charts
 * draw. Totals are the model's, which are status.json / metrics_summary.json
 * totals as written; per-round API timing [≥v0.1.27] and the tool executions
 * behind p90 (metrics_events.json, §3.3) are on the model too.
 */
import type { AttemptModel } from "@/lib/model/types";
import { agentColorMap } from "./agent-colors";
import { cumulativeCost } from "./charts-cost-timeline";
import { metricsMissing } from "./charts-missing";
import { roundBuckets, roundRows } from "./charts-rounds";
import { hitRate, tokensRow } from "./charts-tokens";
import { toolRows } from "./charts-tools";
import type { ChartsTotals, ChartsView, RoundRow } from "./charts-types";
import { sumNullable } from "./format";

export function prepareCharts(model: AttemptModel): ChartsView {
  const colors = agentColorMap(model.agents.map((a) => a.id));
  const agents = model.agents.map((a) => ({ id: a.id, label: a.id, color: colors[a.id]?.solid ?? "#71717a" }));
  const missing = metricsMissing(model);
  const rounds = missing ? [] : roundRows(model.agents);
  return {
    missing,
    massgenVersion: model.massgenVersion,
    agents,
    totals: totals(model, rounds),
    tokens: missing ? [] : model.agents.map((a, i) => tokensRow(a, agents[i]?.color ?? "#71717a")),
    rounds,
    roundBuckets: roundBuckets(rounds),
    cumulative: missing ? [] : cumulativeCost(rounds, model),
    tools: missing ? null : toolRows(model.tools, model.toolExecutions),
    hasDetail: hasDetail(model, rounds),
  };
}

/** API timing (status.json round_history [≥v0.1.27]) or the tool executions (metrics_events.json) were recorded. */
function hasDetail(model: AttemptModel, rounds: readonly RoundRow[]): boolean {
  return model.toolExecutions !== null || rounds.some((r) => r.apiTimeMs !== null || r.avgTtftMs !== null);
}

function totals(model: AttemptModel, rounds: readonly RoundRow[]): ChartsTotals {
  const cached = sumNullable(model.agents.map((a) => a.usage?.cachedInputTokens ?? null));
  const apiTimes = rounds.map((r) => r.apiTimeMs);
  const ttfts = rounds.flatMap((r) => (r.avgTtftMs === null ? [] : [r.avgTtftMs]));
  return {
    costUsd: model.costUsd,
    agentCostUsd: model.agentCostUsd,
    subagentCostUsd: model.subagentCostUsd,
    inputTokens: model.inputTokens,
    outputTokens: model.outputTokens,
    reasoningTokens: model.reasoningTokens,
    cachedInputTokens: cached,
    cacheHitRate: hitRate(cached, model.inputTokens),
    rounds: model.agents.some((a) => a.rounds) ? rounds.length : null,
    apiTimeMs: sumNullable(apiTimes),
    // mean of the rounds' averages: per-call TTFTs are not recorded (§3.2.3)
    avgTtftMs: ttfts.length ? ttfts.reduce((a, b) => a + b, 0) / ttfts.length : null,
  };
}
