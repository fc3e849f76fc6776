import { numOrNull } from "./agents";
import type { RunFiles } from "./run-files";
import type { AgentInfo, SubagentModel } from "./types";

/**
 * Attempt totals. metrics_summary.json totals (end of run, [≥v0.1.24]; its
 * estimated_cost = agent_cost + subagent_cost [≥v0.1.29]) → status.json
 * `costs` (agents only) plus the subagent children → sums over agents.
 * Token totals are the agents' own (§3.2.1 "sums of per-agent token_usage").
 */
export interface CostFacts {
  costUsd: number | null;
  agentCostUsd: number | null;
  subagentCostUsd: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  reasoningTokens: number | null;
}

export function costFacts(files: RunFiles, agents: AgentInfo[], subagents: SubagentModel[]): CostFacts {
  const t = files.metricsSummary?.totals;
  const c = files.status?.costs;
  const agentCostUsd = numOrNull(t?.agent_cost) ?? numOrNull(c?.total_estimated_cost) ?? sum(agents.map((a) => a.usage?.costUsd));
  const subagentCostUsd = numOrNull(t?.subagent_cost) ?? subagentCost(subagents, agentCostUsd);
  const total = numOrNull(t?.estimated_cost) ?? (agentCostUsd === null ? null : round6(agentCostUsd + (subagentCostUsd ?? 0)));
  return {
    costUsd: total,
    agentCostUsd,
    subagentCostUsd,
    inputTokens: numOrNull(t?.input_tokens) ?? numOrNull(c?.total_input_tokens) ?? sum(agents.map((a) => a.usage?.inputTokens)),
    outputTokens: numOrNull(t?.output_tokens) ?? numOrNull(c?.total_output_tokens) ?? sum(agents.map((a) => a.usage?.outputTokens)),
    reasoningTokens: numOrNull(t?.reasoning_tokens) ?? sum(agents.map((a) => a.usage?.reasoningTokens)),
  };
}

/** Children's own totals; 0 when costs are recorded and there is no subagent; null when nothing is known. */
function subagentCost(subagents: SubagentModel[], agentCost: number | null): number | null {
  if (!subagents.length) return agentCost === null ? null : 0;
  return sum(subagents.map((s) => s.costUsd));
}

/** null when no value is known, else the sum of the known ones. */
export function sum(values: (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === "number");
  return known.length ? round6(known.reduce((a, b) => a + b, 0)) : null;
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
