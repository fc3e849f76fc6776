/**
 * Swimlanes: one per agent, on the run's time axis (t = 0 at the run start).
 * Round bars come from round_history [≥v0.1.24] (FORMAT.md §3.2.3).
 */
import type { AttemptModel, RoundUsage } from "@/lib/model/types";
import { type AgentColor, agentColorMap } from "./agent-colors";
import { roundKind } from "./charts-rounds";
import { formatDuration, formatMoney, formatTokens } from "./format";
import { agentMarkers, errorMarker } from "./timeline-markers";
import { outcomeColor } from "./timeline-palette";
import type { RoundBar, TimelineLane, TimelineMarker } from "./timeline-types";

const GREY: AgentColor = { solid: "#71717a", fg: "#3f3f46", soft: "#f4f4f5" };

export interface Lanes {
  lanes: TimelineLane[];
  runMarkers: TimelineMarker[];
  undrawn: number;
}

export function buildLanes(model: AttemptModel, start: number): Lanes {
  const colors = agentColorMap(model.agents.map((a) => a.id));
  const at = (unix: number | null) => (unix === null ? null : unix - start);
  let undrawn = 0;
  const lanes = model.agents.map((a): TimelineLane => {
    const color = colors[a.id] ?? GREY;
    const placed = agentMarkers(model, a.id, at);
    undrawn += placed.undrawn;
    return {
      agentId: a.id,
      label: a.id,
      color: color.solid,
      soft: color.soft,
      rounds: (a.rounds ?? []).flatMap((r, i) => roundBar(r, `${a.id}#${i}`, at)),
      markers: placed.markers,
    };
  });
  const known = new Set(model.agents.map((a) => a.id));
  const runMarkers = model.errors.flatMap((e, i) => {
    if (e.agentId !== null && known.has(e.agentId)) return [];
    const t = at(e.timestamp);
    if (t === null) undrawn++;
    return t === null ? [] : [{ ...errorMarker(e, `run-error:${i}`), t }];
  });
  return { lanes, runMarkers, undrawn };
}

function roundBar(r: RoundUsage, key: string, at: (u: number | null) => number | null): RoundBar[] {
  const t0 = at(r.startTime);
  const t1 = at(r.endTime) ?? (t0 !== null && r.durationMs !== null ? t0 + r.durationMs / 1000 : null);
  if (t0 === null || t1 === null) return [];
  const c = outcomeColor(r.outcome);
  return [
    {
      key,
      round: r.round,
      type: r.type,
      outcome: r.outcome,
      t0,
      t1: Math.max(t0, t1),
      fill: c.fill,
      stroke: c.stroke,
      tooltip: {
        title: `Round ${r.round ?? "?"}: ${roundKind(r.type, r.outcome)}`,
        lines: [
          { label: "Duration", value: formatDuration(r.durationMs === null ? t1 - t0 : r.durationMs / 1000) ?? "—" },
          { label: "Cost", value: formatMoney(r.costUsd) ?? "—" },
          { label: "Tokens in / out", value: `${formatTokens(r.inputTokens) ?? "—"} / ${formatTokens(r.outputTokens) ?? "—"}` },
          { label: "Tool calls", value: r.toolCalls === null ? "—" : String(r.toolCalls) },
        ],
        preview: null,
      },
    },
  ];
}
