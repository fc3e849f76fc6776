"use client";

import { cn } from "@/components/ui/cn";
import type { AgentColor } from "@/lib/prepare/agent-colors";
import type { CoordRow } from "@/lib/prepare/coordination-types";
import { CoordinationCell } from "./coordination-cell";

/** One event: number, time (local time in the title), then one cell per agent column. */
export function CoordinationRow({
  row,
  states,
  columns,
  colorOf,
  fullText,
  expanded,
  onToggle,
}: {
  row: CoordRow;
  states: (string | null)[];
  columns: number;
  colorOf: (agentId: string | null) => AgentColor | null;
  fullText: string | null;
  expanded: boolean;
  onToggle: () => void;
}) {
  const cell = <CoordinationCell cell={row.cell} colorOf={colorOf} fullText={fullText} expanded={expanded} onToggle={onToggle} />;
  return (
    <>
      <div className="px-2 py-1.5 text-right font-mono text-[11px] text-subtle tabular-nums">E{row.n}</div>
      <div className="px-2 py-1.5 font-mono text-[11px] text-muted tabular-nums" title={row.localTime ?? "time not recorded"}>
        {row.relLabel ?? "—"}
      </div>
      {row.col === null ? (
        <div className="min-w-0 bg-surface/70 px-2 py-1.5" style={{ gridColumn: `span ${columns}` }}>
          {row.agentId !== null && <span className="mr-1.5 font-mono text-[11px] text-muted">{row.agentId}</span>}
          {cell}
        </div>
      ) : (
        Array.from({ length: columns }, (_, i) => {
          const color = i === row.col ? colorOf(row.agentId) : null;
          return (
            <div
              key={i}
              className={cn("min-w-0 border-l border-border px-2 py-1.5", i === row.col ? "" : "text-[11px] text-subtle")}
              style={color ? { boxShadow: `inset 2px 0 0 ${color.solid}` } : undefined}
            >
              {i === row.col ? cell : <span className="truncate">{states[i] ?? ""}</span>}
            </div>
          );
        })
      )}
    </>
  );
}
