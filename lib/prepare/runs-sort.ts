/**
 * Sorting of runs rows. Unknown values (null) always sort last, in both
 * directions: "not recorded" is not the cheapest or the fastest run.
 */
import type { RunState } from "@/lib/model/types";
import type { RunsQuery, SortKey } from "./runs-query";
import type { RunsTableRow } from "./runs-table";

// Severity order so "state" sort groups live first, then problems, then done.
const STATE_RANK: Record<RunState, number> = { running: 0, error: 1, timeout: 2, interrupted: 3, complete: 4 };

type SortValue = number | string | null;

const VALUE: Record<SortKey, (r: RunsTableRow) => SortValue> = {
  started: (r) => r.startedAt,
  question: (r) => r.question?.toLowerCase() ?? null,
  agents: (r) => (r.agents.length ? r.agents.length : null),
  winner: (r) => r.winner?.toLowerCase() ?? null,
  state: (r) => STATE_RANK[r.state],
  cost: (r) => r.costUsd,
  tokens: (r) => r.tokens,
  duration: (r) => r.durationSeconds,
  attempts: (r) => r.attempts.length,
  analyzed: (r) => (r.analyzed ? 1 : 0),
};

export function sortRuns(rows: readonly RunsTableRow[], sort: RunsQuery["sort"]): RunsTableRow[] {
  const get = VALUE[sort.key];
  const dir = sort.desc ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i, v: get(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) {
        if (a.v === b.v) return a.i - b.i;
        return a.v === null ? 1 : -1;
      }
      const c = typeof a.v === "number" && typeof b.v === "number" ? a.v - b.v : String(a.v).localeCompare(String(b.v));
      // Ties keep index order (newest first), which makes the sort stable and predictable.
      return c !== 0 ? c * dir : a.i - b.i;
    })
    .map((x) => x.row);
}
