"use client";

import { useState } from "react";
import { useFocusAgent } from "@/components/permalink/use-view-params";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { fmtOffset } from "@/lib/prepare/charts-format";
import type { HeatmapCell, TimelineView } from "@/lib/prepare/timeline-types";
import { ReliabilityHeatmap } from "./reliability-heatmap";
import { ReliabilitySummary } from "./reliability-summary";
import { TimelineLanes } from "./timeline-lanes";
import { TimelineLegend } from "./timeline-legend";
import { useTimeZoom } from "./use-time-zoom";

export interface TimelinePanelProps {
  view: TimelineView;
  /** called with the hovered agent (null on leave), so the page can highlight it elsewhere */
  onAgentHover?: (agentId: string | null) => void;
  /** an agent highlighted from elsewhere on the page */
  highlightAgent?: string | null;
  /** a heatmap cell without an href was clicked */
  onCellSelect?: (target: HeatmapCell["target"]) => void;
}

export function TimelinePanel({ view, onAgentHover, highlightAgent = null, onCellSelect }: TimelinePanelProps) {
  const { domain, isFull, zoom, pan, reset } = useTimeZoom(view.span);
  const [hovered, setHovered] = useState<string | null>(null);
  const focused = useFocusAgent();
  const highlight = hovered ?? highlightAgent ?? focused;
  const hover = (id: string | null) => {
    setHovered(id);
    onAgentHover?.(id);
  };
  return (
    <div data-testid="timeline-panel" className="flex flex-col gap-4" data-running={view.running || undefined}>
      <Card>
        <CardHeader>
          <div className="min-w-0">
            <CardTitle>Timeline</CardTitle>
            <p className="text-[11px] text-muted tabular-nums">
              time since start · showing {fmtOffset(domain.t0)} – {fmtOffset(domain.t1)}
              {view.running && " · live"} · ctrl+wheel to zoom, drag to pan
            </p>
          </div>
          <div className="flex gap-1" role="group" aria-label="Zoom">
            <Button size="sm" variant="ghost" onClick={() => zoom(0.5)} aria-label="Zoom in" data-testid="timeline-zoom-in">+</Button>
            <Button size="sm" variant="ghost" onClick={() => zoom(2)} aria-label="Zoom out" disabled={isFull}>−</Button>
            <Button size="sm" variant="ghost" onClick={() => pan(-(domain.t1 - domain.t0) / 2)} aria-label="Pan left" disabled={domain.t0 <= 0}>‹</Button>
            <Button size="sm" variant="ghost" onClick={() => pan((domain.t1 - domain.t0) / 2)} aria-label="Pan right" disabled={domain.t1 >= view.span}>›</Button>
            <Button size="sm" variant="ghost" onClick={reset} disabled={isFull}>All</Button>
          </div>
        </CardHeader>
        <CardBody className="flex flex-col gap-3">
          {view.startTime === null ? (
            <p className="text-[12px] text-muted">This run recorded no timestamps, so nothing can be placed in time.</p>
          ) : (
            <TimelineLanes lanes={view.lanes} runMarkers={view.runMarkers} domain={domain} highlight={highlight} onHoverAgent={hover} onZoom={zoom} onPan={pan} />
          )}
          {view.roundsMissing && <p className="text-[11px] text-muted">{view.roundsMissing}</p>}
          {view.undrawn > 0 && <p className="text-[11px] text-muted">{view.undrawn} event(s) have no timestamp and are not drawn.</p>}
          <TimelineLegend outcomes={view.outcomeLegend} reasons={view.reasonLegend} />
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Reliability</CardTitle>
          <span className="text-[11px] text-muted">enforcement retries (status.json reliability)</span>
        </CardHeader>
        <CardBody className="flex flex-col gap-4">
          {view.reliabilityMissing && (
            <p data-testid="reliability-missing" data-kind={view.reliabilityMissing.kind} className="rounded-md border border-dashed border-border-strong bg-surface px-3 py-2 text-[12px] text-muted">
              {view.reliabilityMissing.message}
            </p>
          )}
          {view.reliabilityMissing?.kind !== "before-v0.1.38" && view.reliabilityMissing?.kind !== "no-status" && (
            <div className="grid gap-4 xl:grid-cols-2">
              <ReliabilitySummary rows={view.summary} highlight={highlight} onHoverAgent={hover} />
              {view.heatmap && view.heatmap.max > 0 && <ReliabilityHeatmap heatmap={view.heatmap} highlight={highlight} onHoverAgent={hover} onCellSelect={onCellSelect} />}
            </div>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
