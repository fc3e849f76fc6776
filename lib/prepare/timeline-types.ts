/**
 * View models of the per-agent reliability timeline (issue 4). Times are
 * seconds since the run start; colours are assigned here, never in components.
 */

export interface TooltipLine {
  label: string;
  value: string;
}

export interface TimelineTooltip {
  title: string;
  lines: TooltipLine[];
  /** long text shown in a quoted block (the discarded buffer) */
  preview: string | null;
}

export interface RoundBar {
  key: string;
  round: number | null;
  type: string | null;
  outcome: string | null;
  t0: number;
  t1: number;
  fill: string;
  stroke: string;
  tooltip: TimelineTooltip;
}

export type MarkerKind = "answer" | "vote" | "enforcement" | "error";

export interface TimelineMarker {
  key: string;
  kind: MarkerKind;
  t: number;
  /** short text drawn next to the marker (answer label, vote target) */
  label: string | null;
  color: string;
  /** enforcement reason code (§8.6) or "timeout"/"error" for errors */
  reason: string | null;
  tooltip: TimelineTooltip;
}

export interface TimelineLane {
  agentId: string;
  label: string;
  color: string;
  soft: string;
  rounds: RoundBar[];
  markers: TimelineMarker[];
}

export interface LegendItem {
  key: string;
  label: string;
  color: string;
}

export interface ReliabilitySummaryRow {
  agentId: string;
  color: string;
  /** null when this agent's reliability was not recorded */
  retries: number | null;
  charsLost: number | null;
  reasons: { reason: string; label: string; color: string; count: number }[];
}

export interface HeatmapCell {
  round: number;
  count: number;
  reasons: string[];
  /** where a click jumps to: the page resolves the agent + round to a trace/event */
  target: { agentId: string; round: number };
  href: string | null;
}

export interface ReliabilityHeatmap {
  rounds: number[];
  rows: { agentId: string; color: string; cells: HeatmapCell[] }[];
  max: number;
}

export interface ReliabilityMissing {
  kind: "before-v0.1.38" | "no-events" | "no-status";
  message: string;
}

export interface TimelineView {
  /** unix seconds of t = 0; null when the run has no usable timestamps */
  startTime: number | null;
  /** length of the axis in seconds */
  span: number;
  running: boolean;
  lanes: TimelineLane[];
  /** errors/timeouts not tied to one agent (orchestrator timeout …) */
  runMarkers: TimelineMarker[];
  /** timestamps were missing for some facts, which are counted below but not drawn */
  undrawn: number;
  outcomeLegend: LegendItem[];
  reasonLegend: LegendItem[];
  summary: ReliabilitySummaryRow[];
  heatmap: ReliabilityHeatmap | null;
  reliabilityMissing: ReliabilityMissing | null;
  /** why no round bars can be drawn (pre-v0.1.24), else null */
  roundsMissing: string | null;
}
