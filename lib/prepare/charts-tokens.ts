/**
 * Per-agent token stack, cost and cache hit rate (status.json
 * agents[].token_usage, FORMAT.md §3.1.4).
 */
import type { AgentInfo } from "@/lib/model/types";
import type { TokensRow } from "./charts-types";

export function tokensRow(agent: AgentInfo, color: string): TokensRow {
  const u = agent.usage;
  const input = u?.inputTokens ?? null;
  const output = u?.outputTokens ?? null;
  const cached = u?.cachedInputTokens ?? null;
  const reasoning = u?.reasoningTokens ?? null;
  // Providers report cached input inside input_tokens and reasoning inside
  // output_tokens (OpenAI usage, which MassGen copies); split them so the stack
  // adds up to input + output. A reasoning count above output cannot be a
  // subset, so it then stands on its own.
  const reasoningInside = reasoning !== null && output !== null && reasoning <= output;
  return {
    agentId: agent.id,
    label: agent.id,
    color,
    uncachedInput: input === null ? null : Math.max(0, input - Math.min(cached ?? 0, input)),
    cachedInput: cached === null || input === null ? cached : Math.min(cached, input),
    output: output === null ? null : reasoningInside ? output - (reasoning ?? 0) : output,
    reasoning,
    inputTokens: input,
    outputTokens: output,
    costUsd: u?.costUsd ?? null,
    cacheHitRate: hitRate(cached, input),
  };
}

export function hitRate(cached: number | null, input: number | null): number | null {
  if (cached === null || input === null || input <= 0) return null;
  return Math.min(1, cached / input);
}
