/**
 * Cumulative cost of the run over time: each completed round adds its cost at
 * its end time. What the rounds do not account for (a round still running,
 * subagents, 6-dp rounding in the writer) is added as a last step, so the line
 * ends exactly at the run total that status.json / metrics_summary.json give.
 */
import type { CumulativePoint, RoundRow } from "./charts-types";

export function cumulativeCost(
  rows: readonly RoundRow[],
  run: { startTime: number | null; endTime: number | null; lastUpdated: number | null; costUsd: number | null },
): CumulativePoint[] {
  const timed = rows.filter((r): r is RoundRow & { endTime: number; costUsd: number } => r.endTime !== null && r.costUsd !== null);
  const start = run.startTime ?? Math.min(...timed.map((r) => r.startTime ?? r.endTime));
  if (!Number.isFinite(start)) return [];
  const points: CumulativePoint[] = [{ t: 0, costUsd: 0, label: "start" }];
  let total = 0;
  for (const r of [...timed].sort((a, b) => a.endTime - b.endTime)) {
    total += r.costUsd;
    points.push({ t: r.endTime - start, costUsd: round6(total), label: `${r.agentId} R${r.round ?? "?"} ${r.outcome ?? ""}`.trim() });
  }
  const rest = run.costUsd === null ? 0 : round6(run.costUsd - total);
  if (rest !== 0 && run.costUsd !== null) {
    const lastT = points[points.length - 1]?.t ?? 0;
    const end = run.endTime ?? run.lastUpdated;
    points.push({ t: Math.max(lastT, end === null ? lastT : end - start), costUsd: run.costUsd, label: "not in completed rounds" });
  }
  return points;
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
