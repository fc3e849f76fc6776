"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import type { TraceRow } from "@/lib/prepare/trace";
import { TraceBlockRow } from "./trace-block-row";
import type { LoadedBlock } from "./use-block-parts";

interface Props {
  rows: TraceRow[];
  blocks: ReadonlyMap<number, LoadedBlock>;
  isOpen: (row: TraceRow) => boolean;
  onToggle: (row: TraceRow) => void;
  ensure: (index: number) => void;
  loadMore: (index: number) => void;
  query: string;
  /** block to scroll to; `seq` changes on every jump so the same block can be re-targeted */
  jump: { index: number; seq: number } | null;
  onFirstVisible: (index: number) => void;
}

/** Closed rows are one line; open ones grow with their body (measured after render). */
const estimate = (row: TraceRow, open: boolean) => (open ? Math.min(480, 80 + row.bytes / 6) : 44);

/** The virtualized list of blocks: only rows near the viewport exist, so a 20k-block trace scrolls smoothly. */
export function TraceBlockList({ rows, blocks, isOpen, onToggle, ensure, loadMore, query, jump, onFirstVisible }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design; nothing memoizes them
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i] ? estimate(rows[i], isOpen(rows[i])) : 44),
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  // the first row actually in view (items include the overscan)
  const first = virtualizer.range?.startIndex ?? 0;

  useEffect(() => {
    if (jump) virtualizer.scrollToIndex(jump.index, { align: "start" });
  }, [jump, virtualizer]);
  useEffect(() => onFirstVisible(first), [first, onFirstVisible]);

  return (
    <div ref={scrollRef} className="h-[70vh] min-h-[360px] overflow-auto rounded-lg border border-border bg-surface" data-testid="trace-scroll">
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        <div className="absolute top-0 left-0 w-full" style={{ transform: `translateY(${items[0]?.start ?? 0}px)` }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div key={item.key} data-index={item.index} ref={virtualizer.measureElement}>
                <TraceBlockRow
                  row={row}
                  loaded={blocks.get(row.index)}
                  open={isOpen(row)}
                  current={jump?.index === row.index}
                  query={query}
                  onToggle={() => onToggle(row)}
                  onVisible={() => ensure(row.index)}
                  onMore={() => loadMore(row.index)}
                />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
