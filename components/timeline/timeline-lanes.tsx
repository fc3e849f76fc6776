"use client";

import { useEffect, useRef, useState } from "react";
import { fmtOffset } from "@/lib/prepare/charts-format";
import type { TimelineLane, TimelineMarker } from "@/lib/prepare/timeline-types";
import { timeTicks } from "./time-ticks";
import { TimelineMarkerShape } from "./timeline-marker";
import { type HoverTip, TimelineTooltip } from "./timeline-tooltip";
import type { TimeDomain } from "./use-time-zoom";
import { useWidth } from "./use-width";

const LABEL_W = 132;
const LANE_H = 36;
const AXIS_H = 22;
/** rough width of a 10px label character, to skip labels that would overlap */
const CHAR_PX = 5.6;

export interface LanesProps {
  lanes: TimelineLane[];
  runMarkers: TimelineMarker[];
  domain: TimeDomain;
  highlight: string | null;
  onHoverAgent: (agentId: string | null) => void;
  onZoom: (factor: number, at: number) => void;
  onPan: (dt: number) => void;
}

/** Hand-drawn SVG swimlanes: recharts has no lane/interval chart, and zoom needs full control of the x scale. */
export function TimelineLanes({ lanes, runMarkers, domain, highlight, onHoverAgent, onZoom, onPan }: LanesProps) {
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const [hover, setHover] = useState<HoverTip | null>(null);
  const drag = useRef<number | null>(null);
  const plotW = Math.max(100, width - LABEL_W - 8);
  const perS = plotW / Math.max(1e-6, domain.t1 - domain.t0);
  const x = (t: number) => LABEL_W + (t - domain.t0) * perS;
  const rows = runMarkers.length ? [{ agentId: "", label: "run", color: "#71717a", soft: "#f4f4f5", rounds: [], markers: runMarkers }, ...lanes] : lanes;
  const height = AXIS_H + rows.length * LANE_H + 4;

  // A native listener: React's wheel handler is passive, and ctrl+wheel must not zoom the page.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const at = domain.t0 + (e.clientX - el.getBoundingClientRect().left - LABEL_W) / perS;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        onZoom(e.deltaY > 0 ? 1.25 : 0.8, at);
      } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        e.preventDefault();
        onPan(((e.shiftKey ? e.deltaY : e.deltaX) || 0) / perS);
      }
    };
    el.addEventListener("wheel", onWheel, { passive: false });
    return () => el.removeEventListener("wheel", onWheel);
  }, [domain.t0, perS, onZoom, onPan]);

  const tip = (agentId: string | null, t: number, item: { tooltip: HoverTip["tip"] } | null, e?: React.MouseEvent) => {
    const r = box.current?.getBoundingClientRect();
    setHover(item && e && r ? { x: e.clientX - r.left, y: e.clientY - r.top, agentId, t, tip: item.tooltip } : null);
  };

  return (
    <div
      ref={box}
      className="relative touch-none select-none"
      onPointerDown={(e) => {
        drag.current = e.clientX;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (drag.current === null) return;
        onPan(-(e.clientX - drag.current) / perS);
        drag.current = e.clientX;
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    >
      <svg width={width} height={height} role="img" aria-label="Agent timeline" className="block cursor-grab active:cursor-grabbing">
        <defs>
          <clipPath id="timeline-plot">
            <rect x={LABEL_W} y={0} width={plotW} height={height} />
          </clipPath>
        </defs>
        {timeTicks(domain.t0, domain.t1, Math.max(2, Math.floor(plotW / 90))).map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={AXIS_H - 4} y2={height} stroke="var(--border)" />
            <text x={x(t)} y={12} textAnchor="middle" className="fill-muted text-[10px] tabular-nums">
              {fmtOffset(t)}
            </text>
          </g>
        ))}
        {rows.map((lane, i) => {
          const top = AXIS_H + i * LANE_H;
          const dim = highlight !== null && lane.agentId !== highlight;
          let labelEnd = -Infinity;
          return (
            <g
              key={lane.agentId || "run"}
              data-testid={lane.agentId ? "timeline-lane" : "timeline-run-lane"}
              data-agent={lane.agentId || undefined}
              opacity={dim ? 0.35 : 1}
              onMouseEnter={() => lane.agentId && onHoverAgent(lane.agentId)}
              onMouseLeave={() => onHoverAgent(null)}
            >
              <rect x={0} y={top} width={width} height={LANE_H} fill={i % 2 ? "var(--surface-2)" : "transparent"} fillOpacity={0.5} />
              <rect x={0} y={top + 6} width={3} height={LANE_H - 12} rx={1.5} fill={lane.color} />
              <text x={10} y={top + LANE_H / 2 + 4} className="text-[11px] font-medium" fill="var(--foreground)">
                {lane.label.length > 17 ? `${lane.label.slice(0, 16)}…` : lane.label}
                <title>{lane.label}</title>
              </text>
              <g clipPath="url(#timeline-plot)">
                {lane.rounds.map((r) => (
                  <rect
                    key={r.key}
                    data-testid="timeline-round"
                    data-outcome={r.outcome ?? "unknown"}
                    x={x(r.t0)}
                    y={top + 14}
                    width={Math.max(2, (r.t1 - r.t0) * perS)}
                    height={12}
                    rx={2}
                    fill={r.fill}
                    stroke={r.stroke}
                    strokeWidth={1}
                    onMouseMove={(e) => tip(lane.agentId || null, r.t0, r, e)}
                    onMouseLeave={() => tip(null, 0, null)}
                  />
                ))}
                {lane.markers.map((m) => {
                  const mx = x(m.t);
                  const half = ((m.label?.length ?? 0) * CHAR_PX) / 2;
                  const labelled = (m.kind === "answer" || m.kind === "vote") && mx - half > labelEnd + 4;
                  if (labelled) labelEnd = mx + half;
                  const y = m.kind === "enforcement" ? top + 31 : top + 20;
                  return <TimelineMarkerShape key={m.key} m={m} x={mx} y={y} showLabel={labelled} onHover={(hm, e) => tip(lane.agentId || null, m.t, hm, e)} />;
                })}
              </g>
            </g>
          );
        })}
      </svg>
      {hover && <TimelineTooltip hover={hover} width={width} />}
    </div>
  );
}
