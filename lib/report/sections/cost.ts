import { formatMoney, sumNullable } from "@/lib/prepare/format";
import type { Findings } from "../findings";
import { blocks, esc, heading, int, missing, pct, table } from "../md";
import { whyMissing } from "../missing";
import { money } from "./overview";

/** 6. Cost & Token Analysis: per agent, per round, cache efficiency, tool cost impact. */
export function costSection(f: Findings): string {
  return blocks(
    heading(2, "6. Cost & Token Analysis"),
    heading(3, "Cost Breakdown"),
    perAgent(f),
    perRound(f),
    heading(3, "Cache Efficiency"),
    cache(f),
    heading(3, "Tool Cost Impact"),
    toolImpact(f),
  );
}

function perAgent(f: Findings): string {
  const { m } = f;
  if (m.agents.every((a) => a.usage === null)) return missing("token usage and cost", esc(whyMissing(m, "usage")));
  const rows = m.agents.map((a) => {
    const u = a.usage;
    return [esc(a.id), esc(a.model ?? "—"), int(u?.inputTokens ?? null), int(u?.outputTokens ?? null), int(u?.reasoningTokens ?? null), int(u?.cachedInputTokens ?? null), formatMoney(u?.costUsd ?? null) ?? "—", pct(u?.costUsd ?? null, m.costUsd)];
  });
  if (m.subagentCostUsd) rows.push([`subagents (${m.subagents.length})`, "—", "—", "—", "—", "—", formatMoney(m.subagentCostUsd) ?? "—", pct(m.subagentCostUsd, m.costUsd)]);
  const cached = sumNullable(m.agents.map((a) => a.usage?.cachedInputTokens ?? null));
  rows.push(["**Total**", "", int(m.inputTokens), int(m.outputTokens), int(m.reasoningTokens), int(cached), `**${formatMoney(m.costUsd) ?? "—"}**`, m.costUsd === null ? "—" : "100%"]);
  return blocks(`Total cost of this attempt: ${money(m.costUsd)}.`, table(["Agent", "Model", "Input", "Output", "Reasoning", "Cached input", "Cost", "Share"], rows));
}

function perRound(f: Findings): string {
  if (!f.rounds.length) return missing("per-round cost", esc(whyMissing(f.m, "rounds")));
  const byRound = new Map<number, typeof f.rounds>();
  for (const r of f.rounds) byRound.set(r.round.round ?? -1, [...(byRound.get(r.round.round ?? -1) ?? []), r]);
  const rows = [...byRound]
    .sort((a, b) => a[0] - b[0])
    .map(([n, rs]) => {
      const cost = sumNullable(rs.map((r) => r.round.costUsd));
      return [n < 0 ? "unknown" : String(n), esc(countedIds(rs.map((r) => r.agentId))), int(sumNullable(rs.map((r) => r.round.inputTokens))), int(sumNullable(rs.map((r) => r.round.outputTokens))), formatMoney(cost) ?? "—", pct(cost, f.m.costUsd)];
    });
  return blocks("Per round (round numbers are per agent; a row sums every agent's round with that number):", table(["Round", "Agents", "Input", "Output", "Cost", "Share"], rows));
}

function cache(f: Findings): string {
  const { m } = f;
  const known = m.agents.filter((a) => a.usage?.cachedInputTokens !== null && a.usage?.cachedInputTokens !== undefined);
  if (!known.length) return missing("cached input tokens", esc(whyMissing(m, "usage")));
  const rows = known.map((a) => [esc(a.id), int(a.usage?.inputTokens ?? null), int(a.usage?.cachedInputTokens ?? null), pct(a.usage?.cachedInputTokens ?? null, a.usage?.inputTokens ?? null)]);
  const cached = sumNullable(known.map((a) => a.usage?.cachedInputTokens ?? null));
  const input = sumNullable(known.map((a) => a.usage?.inputTokens ?? null));
  return blocks(`Overall ${pct(cached, input)} of input tokens were served from the provider's cache (${int(cached)} of ${int(input)}).`, table(["Agent", "Input tokens", "Cached", "Cache hit rate"], rows));
}

function toolImpact(f: Findings): string {
  const execs = f.input.toolExecutions;
  if (!execs) return missing("per-call tool sizes", esc(whyMissing(f.m, "toolEvents")));
  if (!execs.length) return "No tool was executed, so tools added no tokens.";
  const inTok = execs.reduce((s, e) => s + (e.input_tokens_est ?? 0), 0);
  const outTok = execs.reduce((s, e) => s + (e.output_tokens_est ?? 0), 0);
  return [
    `${execs.length} tool call(s): arguments ≈${int(inTok)} tokens, results ≈${int(outTok)} tokens (MassGen's chars/4 estimate).`,
    `Read once, the results equal ${pct(outTok, f.m.inputTokens)} of all input tokens (${int(f.m.inputTokens)}); every later call that keeps them in context reads them again.`,
  ].join(" ");
}

/** "a ×3, b" — an agent has several rounds with the same number when it restarted within it. */
function countedIds(ids: string[]): string {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts].map(([id, c]) => (c > 1 ? `${id} ×${c}` : id)).join(", ");
}
