"use client";

import { useMemo, useState } from "react";
import { NullValue } from "@/components/ui/null-value";
import { fmtMs, fmtPct } from "@/lib/prepare/charts-format";
import type { ToolRow } from "@/lib/prepare/charts-types";

type SortKey = "name" | "calls" | "failures" | "failureRate" | "avgMs" | "p90Ms" | "totalMs";
const COLUMNS: { key: SortKey; label: string; fmt: (r: ToolRow) => string | null }[] = [
  { key: "name", label: "Tool", fmt: (r) => r.name },
  { key: "calls", label: "Calls", fmt: (r) => (r.calls === null ? null : String(r.calls)) },
  { key: "failures", label: "Failures", fmt: (r) => (r.failures === null ? null : String(r.failures)) },
  { key: "failureRate", label: "Fail %", fmt: (r) => (r.failureRate === null ? null : fmtPct(r.failureRate)) },
  { key: "avgMs", label: "Avg", fmt: (r) => (r.avgMs === null ? null : fmtMs(r.avgMs)) },
  { key: "p90Ms", label: "p90", fmt: (r) => (r.p90Ms === null ? null : fmtMs(r.p90Ms)) },
  { key: "totalMs", label: "Total time", fmt: (r) => (r.totalMs === null ? null : fmtMs(r.totalMs)) },
];

/** Sortable by any column; unknown values (null) always sort last. */
export function ToolsTable({ rows }: { rows: ToolRow[] }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "calls", desc: true });
  const sorted = useMemo(() => [...rows].sort((a, b) => compare(a, b, sort.key, sort.desc)), [rows, sort]);
  return (
    <table className="w-full text-[12px] tabular-nums" data-testid="tools-table">
      <thead className="text-[11px] text-muted">
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              aria-sort={sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none"}
              className={c.key === "name" ? "py-1 text-left font-medium" : "py-1 text-right font-medium"}
            >
              <button
                type="button"
                className="hover:text-foreground"
                onClick={() => setSort((s) => ({ key: c.key, desc: s.key === c.key ? !s.desc : c.key !== "name" }))}
              >
                {c.label}
                {sort.key === c.key && <span aria-hidden>{sort.desc ? " ↓" : " ↑"}</span>}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.name} className="border-t border-border" data-tool={r.name}>
            {COLUMNS.map((c) => (
              <td key={c.key} className={c.key === "name" ? "max-w-[260px] truncate py-1 font-mono text-[11px]" : "py-1 text-right"} title={c.key === "name" ? r.name : undefined}>
                <NullValue value={c.fmt(r)} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function compare(a: ToolRow, b: ToolRow, key: SortKey, desc: boolean): number {
  if (key === "name") return desc ? b.name.localeCompare(a.name) : a.name.localeCompare(b.name);
  const x = a[key];
  const y = b[key];
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return desc ? y - x : x - y;
}
