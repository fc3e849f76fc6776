/**
 * Reliability beside the lanes: per-agent retry summary, the agents × rounds
 * heatmap of enforcement retries, and — when status.json has no reliability
 * block — which of the two reasons it is (FORMAT.md §3.1.6: the block exists
 * since v0.1.38 and is `null` when an agent had no enforcement events).
 */
import type { AttemptModel } from "@/lib/model/types";
import { agentColorMap } from "./agent-colors";
import { predates, versionPhrase } from "./charts-version";
import { reasonColor, reasonLabel } from "./timeline-palette";
import type { HeatmapCell, ReliabilityHeatmap, ReliabilityMissing, ReliabilitySummaryRow } from "./timeline-types";

const RELIABILITY_SINCE = "0.1.38";

export type HrefFor = (agentId: string, round: number) => string | null;

export function reliabilityMissing(model: AttemptModel): ReliabilityMissing | null {
  const blocks = model.agents.map((a) => a.enforcement);
  if (blocks.some((b) => b !== null && b.count > 0)) return null;
  if (blocks.length && blocks.every((b) => b !== null)) {
    return { kind: "no-events", message: "No enforcement events: every agent answered or voted on its first try." };
  }
  if (predates(model, RELIABILITY_SINCE)) {
    return { kind: "before-v0.1.38", message: `${versionPhrase(model)} did not record enforcement retries; status.json has them from v${RELIABILITY_SINCE}.` };
  }
  return { kind: "no-status", message: "status.json holds no reliability block for this run (missing or not written yet)." };
}

export function reliabilitySummary(model: AttemptModel): ReliabilitySummaryRow[] {
  const colors = agentColorMap(model.agents.map((a) => a.id));
  return model.agents.map((a) => {
    const counts = new Map<string, number>();
    for (const e of a.enforcement?.events ?? []) counts.set(e.reason ?? "unknown", (counts.get(e.reason ?? "unknown") ?? 0) + 1);
    return {
      agentId: a.id,
      color: colors[a.id]?.solid ?? "#71717a",
      retries: a.enforcement?.count ?? null,
      charsLost: a.enforcement?.bufferCharsLost ?? null,
      reasons: [...counts]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .map(([reason, count]) => ({ reason, label: reasonLabel(reason), color: reasonColor(reason), count })),
    };
  });
}

export function reliabilityHeatmap(model: AttemptModel, hrefFor?: HrefFor): ReliabilityHeatmap | null {
  if (model.agents.every((a) => a.enforcement === null)) return null;
  const colors = agentColorMap(model.agents.map((a) => a.id));
  const known = model.agents.flatMap((a) => [
    ...(a.enforcement?.events ?? []).map((e) => e.round),
    ...(a.rounds ?? []).map((r) => r.round),
  ]);
  const maxRound = Math.max(-1, ...known.filter((r): r is number => r !== null));
  const rounds = Array.from({ length: maxRound + 1 }, (_, i) => i);
  let max = 0;
  const rows = model.agents.map((a) => {
    const cells = rounds.map((round): HeatmapCell => {
      const events = (a.enforcement?.events ?? []).filter((e) => e.round === round);
      max = Math.max(max, events.length);
      const reasons = [...new Set(events.map((e) => e.reason ?? "unknown"))];
      return { round, count: events.length, reasons, target: { agentId: a.id, round }, href: events.length && hrefFor ? hrefFor(a.id, round) : null };
    });
    return { agentId: a.id, color: colors[a.id]?.solid ?? "#71717a", cells };
  });
  return { rounds, rows, max };
}
