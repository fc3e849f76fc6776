/**
 * The timeline panel view model (issue 4 "Per-agent reliability timeline"):
 * AttemptModel → lanes, markers, legends, reliability summary and heatmap.
 */
import type { AttemptModel } from "@/lib/model/types";
import { predates } from "./charts-version";
import { buildLanes } from "./timeline-lanes";
import { legendFor } from "./timeline-palette";
import { type HrefFor, reliabilityHeatmap, reliabilityMissing, reliabilitySummary } from "./timeline-reliability";
import type { TimelineView } from "./timeline-types";

export interface TimelineOptions {
  /** link target of a heatmap cell (the trace or event of that agent's round) */
  hrefFor?: HrefFor;
}

export function prepareTimeline(model: AttemptModel, opts: TimelineOptions = {}): TimelineView {
  const start = model.startTime ?? earliest(model);
  const base = {
    running: model.state === "running",
    summary: reliabilitySummary(model),
    heatmap: reliabilityHeatmap(model, opts.hrefFor),
    reliabilityMissing: reliabilityMissing(model),
    roundsMissing: roundsMissing(model),
  };
  const built = start === null ? null : buildLanes(model, start);
  const lanes = built?.lanes ?? [];
  const reasons = lanes.flatMap((l) => l.markers.filter((m) => m.kind === "enforcement").map((m) => m.reason));
  const latest = Math.max(
    0,
    ...lanes.flatMap((l) => [...l.rounds.map((r) => r.t1), ...l.markers.map((m) => m.t)]),
    ...(built?.runMarkers ?? []).map((m) => m.t),
  );
  const end = model.endTime ?? model.lastUpdated;
  return {
    ...base,
    startTime: start,
    span: Math.max(1, latest, end !== null && start !== null ? end - start : 0),
    lanes,
    runMarkers: built?.runMarkers ?? [],
    undrawn: built?.undrawn ?? 0,
    outcomeLegend: legendFor(lanes.flatMap((l) => l.rounds.map((r) => r.outcome)), "outcome"),
    reasonLegend: legendFor(reasons, "reason"),
  };
}

/** Without a recorded start, the earliest fact on the page stands in for t = 0. */
function earliest(model: AttemptModel): number | null {
  const ts = [
    ...model.answers.map((a) => a.timestamp),
    ...model.votes.map((v) => v.timestamp),
    ...model.errors.map((e) => e.timestamp),
    ...model.agents.flatMap((a) => (a.rounds ?? []).map((r) => r.startTime)),
  ].filter((t): t is number => t !== null);
  return ts.length ? Math.min(...ts) : null;
}

function roundsMissing(model: AttemptModel): string | null {
  if (model.agents.some((a) => a.rounds?.length)) return null;
  if (predates(model, "0.1.24")) {
    return "Round bars need round_history (MassGen v0.1.24+); answers and votes are shown as markers.";
  }
  return model.state === "running" ? "No completed round yet." : "No round history was recorded.";
}
