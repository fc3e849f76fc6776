import type { CoordRow } from "./coordination-types";

/**
 * Every agent's state after each row (index = row.n - 1), like the status
 * cells of coordination_table.txt (FORMAT.md §4.1). Computed over all rows so
 * a filtered view still shows the true state. Arrays are copied only when a
 * state changes, so unchanged stretches share one array.
 */
export function columnStates(rows: readonly CoordRow[], columns: number): (string | null)[][] {
  let states: (string | null)[] = Array.from({ length: columns }, () => null);
  return rows.map((r) => {
    if (r.col !== null && r.stateAfter !== null && states[r.col] !== r.stateAfter) {
      states = states.slice();
      states[r.col] = r.stateAfter;
    }
    return states;
  });
}
