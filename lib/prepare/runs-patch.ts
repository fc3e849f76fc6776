import type { RunsTableRow } from "./runs-table";

/**
 * The list after a live change to some logs (issue 5): every row of those logs
 * is replaced by `fresh` (the logs' rows now; none when a log was deleted).
 * Other rows keep their identity, so memoized filters and the table only redo
 * what they must. Pure.
 */
export function patchRuns(rows: readonly RunsTableRow[], logIds: readonly string[], fresh: readonly RunsTableRow[]): RunsTableRow[] {
  const changed = new Set(logIds);
  return [...rows.filter((r) => !changed.has(r.logId)), ...fresh.filter((r) => changed.has(r.logId))];
}
