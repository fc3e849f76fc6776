"use client";

import type { RunsQuery } from "@/lib/prepare/runs-query";
import { cn } from "@/components/ui/cn";

const OPTIONS: { value: RunsQuery["analyzed"]; label: string }[] = [
  { value: "all", label: "All" },
  { value: "yes", label: "Analyzed" },
  { value: "no", label: "Unanalyzed" },
];

/** Segmented All / Analyzed / Unanalyzed (ANALYSIS_REPORT.md present, FORMAT.md §7). */
export function AnalyzedFilter({
  value,
  counts,
  onChange,
}: {
  value: RunsQuery["analyzed"];
  counts: { analyzed: number; unanalyzed: number };
  onChange: (v: RunsQuery["analyzed"]) => void;
}) {
  return (
    <div
      role="radiogroup"
      aria-label="Analysis report"
      data-testid="filter-analyzed"
      className="inline-flex h-8 items-center rounded-md border border-border bg-surface-2 p-0.5"
    >
      {OPTIONS.map((o) => {
        const active = o.value === value;
        const count = o.value === "yes" ? counts.analyzed : o.value === "no" ? counts.unanalyzed : null;
        return (
          <button
            key={o.value}
            type="button"
            role="radio"
            aria-checked={active}
            data-value={o.value}
            onClick={() => onChange(o.value)}
            className={cn(
              "inline-flex h-full items-center gap-1 rounded px-2 text-[12px] font-medium transition-colors",
              active ? "bg-background text-foreground shadow-sm" : "text-muted hover:text-foreground",
            )}
          >
            {o.label}
            {count !== null && <span className="text-[11px] text-subtle tabular-nums">{count}</span>}
          </button>
        );
      })}
    </div>
  );
}
