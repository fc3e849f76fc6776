import { formatDuration, formatMoney } from "@/lib/prepare/format";
import type { Findings } from "../findings";
import { blocks, esc, heading, int, missing, numbered, pct, secs, table } from "../md";
import { whyMissing } from "../missing";
import { phases, slowestRounds } from "../phases";

/** 2. Efficiency Analysis: phase durations, per-round timing sorted by agent, slowest rounds. */
export function efficiencySection(f: Findings): string {
  return blocks(
    heading(2, "2. Efficiency Analysis"),
    heading(3, "Phase Duration Breakdown"),
    phaseTable(f),
    heading(3, "Per-Round Timing (Sorted by Agent)"),
    roundTable(f),
    heading(3, "Top Bottlenecks"),
    slowest(f),
  );
}

function phaseTable(f: Findings): string {
  const ps = phases(f.m, f.rounds);
  if (!ps) return missing("phase timing", esc(whyMissing(f.m, "coordination")));
  const wall = f.m.durationSeconds;
  const rows = ps.map((p) => [esc(p.name), formatDuration(p.end - p.start) ?? "—", pct(p.end - p.start, wall), esc(p.source)]);
  return table(["Phase", "Duration", "Share of wall time", "Source"], rows);
}

function roundTable(f: Findings): string {
  if (!f.rounds.length) return missing("per-round timing", esc(whyMissing(f.m, "rounds")));
  const order = f.m.agents.map((a) => a.id);
  const sorted = [...f.rounds].sort((a, b) => order.indexOf(a.agentId) - order.indexOf(b.agentId) || (a.round.round ?? 0) - (b.round.round ?? 0));
  const rows = sorted.map(({ agentId, round: r }) => [
    esc(agentId),
    r.round === null ? "—" : String(r.round),
    esc(r.type ?? "—"),
    esc(r.outcome ?? "—"),
    secs(r.durationMs),
    `${int(r.inputTokens)} / ${int(r.outputTokens)}`,
    formatMoney(r.costUsd) ?? "—",
    int(r.toolCalls),
  ]);
  return table(["Agent", "Round", "Type", "Outcome", "Duration", "Tokens in / out", "Cost", "Tool calls"], rows);
}

function slowest(f: Findings): string {
  const top = slowestRounds(f.rounds);
  if (!top.length) return missing("round durations", esc(whyMissing(f.m, "rounds")));
  const wall = f.m.durationSeconds === null ? null : f.m.durationSeconds * 1000;
  return numbered(
    top.map(
      ({ agentId, round: r }) =>
        `${esc(agentId)} round ${r.round ?? "?"} (${esc(r.type ?? "unknown type")} → ${esc(r.outcome ?? "?")}): ${secs(r.durationMs)}, ${pct(r.durationMs, wall)} of wall time, ${int(r.toolCalls)} tool calls`,
    ),
  );
}
