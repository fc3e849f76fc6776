/**
 * Filter options (with counts over all rows) for the runs toolbar, prepared
 * once so the client only draws them.
 */
import type { RunState } from "@/lib/model/types";
import type { RunsTableRow } from "./runs-table";

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  /** secondary text, e.g. "agent" or "model" */
  hint?: string;
}

export interface RunsFacets {
  states: FacetOption[];
  agents: FacetOption[];
  models: FacetOption[];
  analyzed: { analyzed: number; unanalyzed: number };
}

export const STATE_ORDER: readonly RunState[] = ["running", "complete", "error", "timeout", "interrupted"];

export const STATE_LABELS: Record<RunState, string> = {
  running: "Live",
  complete: "Complete",
  error: "Error",
  timeout: "Timeout",
  interrupted: "Interrupted",
};

export function prepareRunsFacets(rows: readonly RunsTableRow[]): RunsFacets {
  const states = new Map<RunState, number>();
  const agents = new Map<string, number>();
  const models = new Map<string, number>();
  let analyzed = 0;
  for (const row of rows) {
    states.set(row.state, (states.get(row.state) ?? 0) + 1);
    for (const a of row.agents) agents.set(a.id, (agents.get(a.id) ?? 0) + 1);
    for (const m of row.models) models.set(m, (models.get(m) ?? 0) + 1);
    if (row.analyzed) analyzed++;
  }
  return {
    // Always list every state so the filter menu does not reshuffle as runs finish.
    states: STATE_ORDER.map((s) => ({ value: s, label: STATE_LABELS[s], count: states.get(s) ?? 0 })),
    agents: toOptions(agents, "agent"),
    models: toOptions(models, "model"),
    analyzed: { analyzed, unanalyzed: rows.length - analyzed },
  };
}

function toOptions(counts: Map<string, number>, hint: string): FacetOption[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({ value, label: value, count, hint }));
}
