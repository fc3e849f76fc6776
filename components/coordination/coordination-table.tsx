"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AgentColor } from "@/lib/prepare/agent-colors";
import { columnStates } from "@/lib/prepare/coordination-states";
import type { CoordRow, CoordinationView } from "@/lib/prepare/coordination-types";
import { CoordinationHeader } from "./coordination-header";
import { CoordinationRow } from "./coordination-row";

const NUM_W = 56;
const TIME_W = 76;
// 5 agent columns fit the 1240px page without horizontal scroll (issue 7)
const COL_MIN = 200;

/**
 * The event grid. Only the rows in view are mounted (@tanstack/react-virtual)
 * and measured after render, so a 20,000-event run shows its first rows at
 * once and expanding an answer just grows that row.
 */
/** `focusRound` (a permalink's `round`): scroll to that round's first row and mark it. */
export function CoordinationTable({ view, rows, focusRound = null }: { view: CoordinationView; rows: CoordRow[]; focusRound?: number | null }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const states = useMemo(() => columnStates(view.rows, view.columns.length), [view.rows, view.columns.length]);
  const colors = useMemo(() => new Map(view.columns.map((c) => [c.agentId, c.color])), [view.columns]);
  const colorOf = useCallback((id: string | null): AgentColor | null => (id ? (colors.get(id) ?? null) : null), [colors]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design; nothing memoizes them
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 46,
    overscan: 12,
    getItemKey: (i) => rows[i]?.n ?? i,
  });
  const focusIndex = useMemo(() => (focusRound === null ? -1 : rows.findIndex((r) => r.round === focusRound)), [rows, focusRound]);
  const scrollToIndex = virtual.scrollToIndex;
  useEffect(() => {
    if (focusIndex >= 0) scrollToIndex(focusIndex, { align: "start" });
  }, [focusIndex, scrollToIndex]);
  const n = view.columns.length;
  const template = `${NUM_W}px ${TIME_W}px repeat(${Math.max(n, 1)}, minmax(${COL_MIN}px, 1fr))`;
  const toggle = (rowN: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(rowN)) next.add(rowN);
      return next;
    });
  return (
    <div
      ref={scrollRef}
      data-testid="coordination-table"
      className="relative h-[70vh] min-h-80 overflow-auto rounded-lg border border-border bg-background"
      role="table"
      aria-rowcount={rows.length}
    >
      <div style={{ minWidth: NUM_W + TIME_W + Math.max(n, 1) * COL_MIN }}>
        <CoordinationHeader columns={view.columns} template={template} />
        <div className="relative" style={{ height: virtual.getTotalSize() }}>
          {virtual.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            const open = expanded.has(row.n);
            return (
              <div
                key={item.key}
                ref={virtual.measureElement}
                data-index={item.index}
                data-testid="coord-row"
                data-type={row.type}
                data-facet={row.facet}
                role="row"
                data-focused={item.index === focusIndex || undefined}
                className="absolute inset-x-0 top-0 grid border-b border-border/70 hover:bg-surface data-focused:bg-accent-soft"
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)` }}
              >
                <CoordinationRow
                  row={row}
                  states={states[row.n - 1] ?? []}
                  columns={n}
                  colorOf={colorOf}
                  fullText={row.cell.answerKey ? (view.answerTexts[row.cell.answerKey] ?? null) : null}
                  expanded={open}
                  onToggle={() => toggle(row.n)}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
