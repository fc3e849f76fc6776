"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { formatDuration, formatMoney, formatTokens } from "@/lib/prepare/format";
import type { RunsTableRow } from "@/lib/prepare/runs-table";
import { NullValue } from "@/components/ui/null-value";
import { StateBadge } from "@/components/ui/state-badge";
import { AgentsCell } from "./agents-cell";
import { AttemptsCell } from "./attempts-cell";
import { AnalyzedCell, QuestionCell, StartedCell, WinnerCell } from "./cells";

/*
 * Widths are fixed (px) except the question, which takes the rest: the table
 * fits 1280 px without horizontal scroll and numbers line up across rows.
 * Sorting itself happens in lib/prepare/runs-sort (manualSorting); accessors
 * exist so TanStack treats the columns as sortable.
 */
export const runsColumns: ColumnDef<RunsTableRow>[] = [
  {
    id: "started",
    accessorFn: (r) => r.startedAt,
    header: "Started",
    sortDescFirst: true,
    meta: { width: "100px" },
    cell: ({ row }) => <StartedCell row={row.original} />,
  },
  {
    id: "question",
    accessorFn: (r) => r.question,
    header: "Question",
    sortDescFirst: false,
    meta: { width: "minmax(220px, 1fr)" },
    cell: ({ row }) => <QuestionCell row={row.original} />,
  },
  {
    id: "agents",
    accessorFn: (r) => r.agents.length,
    header: "Agents",
    sortDescFirst: true,
    meta: { width: "176px" },
    cell: ({ row }) => <AgentsCell agents={row.original.agents} models={row.original.models} />,
  },
  {
    id: "winner",
    accessorFn: (r) => r.winner,
    header: "Winner",
    sortDescFirst: false,
    meta: { width: "112px" },
    cell: ({ row }) => <WinnerCell row={row.original} />,
  },
  {
    id: "state",
    accessorFn: (r) => r.state,
    header: "State",
    sortDescFirst: false,
    meta: { width: "100px" },
    cell: ({ row }) => <StateBadge state={row.original.state} />,
  },
  {
    id: "cost",
    accessorFn: (r) => r.costUsd,
    header: "Cost",
    sortDescFirst: true,
    meta: { width: "76px", align: "right" },
    cell: ({ row }) => <NullValue value={formatMoney(row.original.costUsd)} />,
  },
  {
    id: "tokens",
    accessorFn: (r) => r.tokens,
    header: "Tokens",
    sortDescFirst: true,
    meta: { width: "84px", align: "right" },
    cell: ({ row }) => <NullValue value={formatTokens(row.original.tokens)} />,
  },
  {
    id: "duration",
    accessorFn: (r) => r.durationSeconds,
    header: "Duration",
    sortDescFirst: true,
    meta: { width: "96px", align: "right" },
    cell: ({ row }) => <NullValue value={formatDuration(row.original.durationSeconds)} />,
  },
  {
    id: "attempts",
    accessorFn: (r) => r.attempts.length,
    header: "Attempts",
    sortDescFirst: true,
    meta: { width: "88px" },
    cell: ({ row }) => <AttemptsCell attempts={row.original.attempts} />,
  },
  {
    id: "analyzed",
    accessorFn: (r) => r.analyzed,
    header: "Analyzed",
    sortDescFirst: true,
    meta: { width: "72px", align: "center" },
    cell: ({ row }) => <AnalyzedCell row={row.original} />,
  },
];
