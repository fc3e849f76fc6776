import type { AgentColor } from "./agent-colors";

/**
 * View model of the interactive coordination table (issue 3 "Coordination
 * table"): the counterpart of coordination_table.txt (FORMAT.md §4.1), but
 * with every event kept, unknown types included.
 */

/** Filter facets: event types grouped by what a reader looks for (FORMAT.md §3.4.2, §8.4). */
export type CoordFacet =
  | "answer"
  | "vote"
  | "ignored"
  | "stop"
  | "final"
  | "restart"
  | "update"
  | "error"
  | "context"
  | "status"
  | "session"
  | "broadcast"
  | "checkpoint"
  | "unknown";

/** What a row's acting cell shows. Strings are untrusted text (render as text only). */
export interface CoordCell {
  /** e.g. "NEW ANSWER", "VOTE", "STATUS" */
  headline: string;
  /** answer label or vote target label, shown as a chip */
  label: string | null;
  /** agent id the label belongs to (vote target, answer author) for colouring */
  labelAgentId: string | null;
  /** secondary text: preview, vote reason, details (full text; the UI clamps it) */
  text: string | null;
  /** labels listed (context received, available answers) */
  labels: string[] | null;
  /** key into CoordinationView.answerTexts when the full answer can be expanded */
  answerKey: string | null;
  tone: "answer" | "vote" | "warn" | "bad" | "ok" | "muted" | "neutral";
}

export interface CoordRow {
  /** E<n>, 1-based position in the event list */
  n: number;
  /** the raw event type (coordination_events.json `event_type`, or the live equivalent) */
  type: string;
  facet: CoordFacet;
  agentId: string | null;
  /** index into `columns`, null for orchestrator-level rows (spanning) */
  col: number | null;
  /** seconds since the run's start, null when the event has no time */
  relSeconds: number | null;
  relLabel: string | null;
  /** local wall clock with seconds, for a title */
  localTime: string | null;
  iteration: number | null;
  round: number | null;
  cell: CoordCell;
  /**
   * The acting agent's state after this event when it changed (e.g. "voted
   * agent2.1"), else null; `columnStates` turns these into the per-column
   * status cells of coordination_table.txt (§4.1). Kept as a delta so 20,000
   * rows do not each carry a copy of every agent's state to the browser.
   */
  stateAfter: string | null;
}

export interface CoordColumn {
  agentId: string;
  labelPrefix: string | null;
  model: string | null;
  color: AgentColor;
  isWinner: boolean;
}

export interface CoordFacetCount {
  facet: CoordFacet;
  label: string;
  count: number;
}

export interface CoordinationView {
  /** where the rows come from */
  source: "coordination_events" | "live" | "none";
  /** one sentence for the panel header / empty state */
  sourceNote: string;
  columns: CoordColumn[];
  rows: CoordRow[];
  facets: CoordFacetCount[];
  /** full answer texts keyed by label (new answers) or "final" */
  answerTexts: Record<string, string>;
  winner: string | null;
  startTime: number | null;
}
