"use client";

import { flexRender, type Header, type Row, type Table } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type HTMLAttributes, type ReactNode, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { SortIndicator } from "./sort-indicator";

type RowAttrs = HTMLAttributes<HTMLDivElement> & Record<`data-${string}`, string>;

interface DataTableProps<T> {
  table: Table<T>;
  rowHeight: number;
  /** extra attributes per row (test ids, data-*), e.g. data-log-id */
  rowProps?: (row: T) => RowAttrs;
  /** drawn in place of the body when there are no rows */
  empty?: ReactNode;
  className?: string;
  "data-testid"?: string;
}

const ALIGN = { left: "justify-start text-left", right: "justify-end text-right", center: "justify-center text-center" };

/**
 * Generic virtualized TanStack table: a CSS grid of divs with ARIA table roles.
 * Only the visible rows (+overscan) are in the DOM, so thousands of rows
 * scroll smoothly; the header is sticky inside the scroll container.
 */
export function DataTable<T>({ table, rowHeight, rowProps, empty, className, ...rest }: DataTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const columns = table.getVisibleLeafColumns();
  const gridTemplateColumns = columns.map((c) => c.columnDef.meta?.width ?? "1fr").join(" ");
  // TanStack Virtual is not React-Compiler-safe; the compiler skips this component, which is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    // Stable keys keep scroll position put when live updates reorder or add rows.
    getItemKey: (i) => rows[i]?.id ?? i,
  });

  return (
    <div
      ref={scrollRef}
      role="table"
      aria-rowcount={rows.length + 1}
      className={cn("relative min-h-0 overflow-auto", className)}
      data-testid={rest["data-testid"]}
    >
      <div role="rowgroup" className="sticky top-0 z-20 border-b border-border bg-surface/95 backdrop-blur">
        {table.getHeaderGroups().map((group) => (
          <div role="row" key={group.id} className="grid px-3" style={{ gridTemplateColumns }}>
            {group.headers.map((header) => (
              <HeaderCell key={header.id} header={header} />
            ))}
          </div>
        ))}
      </div>
      {rows.length === 0 ? (
        empty
      ) : (
        <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <BodyRow
                key={item.key}
                row={row}
                top={item.start}
                height={rowHeight}
                gridTemplateColumns={gridTemplateColumns}
                attrs={rowProps?.(row.original)}
                index={item.index}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}

function HeaderCell<T>({ header }: { header: Header<T, unknown> }) {
  const { column } = header;
  const align = ALIGN[column.columnDef.meta?.align ?? "left"];
  const sorted = column.getIsSorted();
  const label = flexRender(column.columnDef.header, header.getContext());
  return (
    <div
      role="columnheader"
      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
      className={cn("flex h-9 min-w-0 items-center px-2", align)}
    >
      {column.getCanSort() ? (
        <button
          type="button"
          onClick={column.getToggleSortingHandler()}
          className={cn(
            "-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 text-[11px] font-medium tracking-wide uppercase hover:bg-surface-2 hover:text-foreground",
            sorted ? "text-foreground" : "text-muted",
          )}
        >
          {label}
          <SortIndicator sorted={sorted} />
        </button>
      ) : (
        <span className="text-[11px] font-medium tracking-wide text-muted uppercase">{label}</span>
      )}
    </div>
  );
}

function BodyRow<T>(props: {
  row: Row<T>;
  top: number;
  height: number;
  gridTemplateColumns: string;
  attrs?: RowAttrs;
  index: number;
}) {
  const { row, top, height, gridTemplateColumns, attrs, index } = props;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      {...attrs}
      className={cn(
        "absolute inset-x-0 top-0 grid items-center border-b border-border px-3 text-[13px] tabular-nums transition-colors hover:bg-surface focus-within:bg-surface",
        attrs?.className,
      )}
      style={{ gridTemplateColumns, height, transform: `translateY(${top}px)` }}
    >
      {row.getVisibleCells().map((cell) => (
        <div
          role="cell"
          key={cell.id}
          className={cn("flex min-w-0 items-center px-2", ALIGN[cell.column.columnDef.meta?.align ?? "left"])}
        >
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  );
}
