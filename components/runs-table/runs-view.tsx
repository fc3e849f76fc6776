"use client";

import { getCoreRowModel, type SortingState, type Updater, useReactTable } from "@tanstack/react-table";
import { useMemo, useSyncExternalStore } from "react";
import { prepareRunsFacets } from "@/lib/prepare/runs-facets";
import { filterRuns, type SortKey } from "@/lib/prepare/runs-query";
import { sortRuns } from "@/lib/prepare/runs-sort";
import { expandRunsWire, type RunsWire } from "@/lib/prepare/runs-table";
import { runsColumns } from "./columns";
import { DataTable } from "./data-table";
import { NoMatches } from "./no-matches";
import { Toolbar } from "./toolbar";
import { useLiveRows } from "./use-live-rows";
import { useRunsQuery } from "./use-runs-query";

const ROW_HEIGHT = 52;

/**
 * The runs list: compact rows from the server → full rows (derived once here,
 * lib/prepare/runs-table) → URL query → filter + sort (pure, lib/prepare) →
 * TanStack for column rendering and sort-header state → virtualized grid.
 *
 * Rows and filter options are built in the browser only: the virtualized grid
 * draws no row on the server (it has no viewport there), so building 2,000 of
 * them during SSR would only cost the list page's server time (issue 2: ≤ 150 ms).
 */
export function RunsView({ wire }: { wire: RunsWire }) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const base = useMemo(() => (inBrowser ? expandRunsWire(wire) : []), [inBrowser, wire]);
  const rows = useLiveRows(base);
  const facets = useMemo(() => prepareRunsFacets(rows), [rows]);
  const [query, setQuery] = useRunsQuery();
  const visible = useMemo(() => sortRuns(filterRuns(rows, query), query.sort), [rows, query]);
  const sorting: SortingState = useMemo(() => [{ id: query.sort.key, desc: query.sort.desc }], [query.sort]);

  // TanStack Table is not React-Compiler-safe; the compiler skips this component, which is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: visible,
    columns: runsColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => r.key,
    manualSorting: true,
    enableSortingRemoval: false,
    state: { sorting },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first) setQuery({ sort: { key: first.id as SortKey, desc: first.desc } });
    },
  });

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3">
      <Toolbar query={query} facets={facets} shown={inBrowser ? visible.length : null} total={inBrowser ? rows.length : wire.rows.length} onChange={setQuery} />
      <DataTable
        table={table}
        rowHeight={ROW_HEIGHT}
        data-testid="runs-table"
        className="flex-1 rounded-lg border border-border bg-background"
        rowProps={(r) => ({
          "data-testid": "runs-row",
          "data-log-id": r.logId,
          "data-turn": r.turn === null ? "" : String(r.turn),
          "data-state": r.state,
          className: "group",
        })}
        empty={inBrowser ? <NoMatches onReset={() => setQuery({ q: "", states: [], analyzed: "all", agents: [], models: [] })} /> : null}
      />
    </div>
  );
}

const noSubscription = () => () => {};
