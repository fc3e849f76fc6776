"use client";

import { useMemo } from "react";
import { cn } from "@/components/ui/cn";
import { type DiffRow, reportLineDiff } from "./line-diff";

const ROW_STYLE: Record<Exclude<DiffRow["kind"], "fold">, { sign: string; className: string }> = {
  added: { sign: "+", className: "bg-ok-soft/70 text-ok" },
  removed: { sign: "−", className: "bg-bad-soft/70 text-bad" },
  same: { sign: " ", className: "text-muted" },
};

/** The saved report against the regenerated one, line by line, as plain text (never rendered). */
export function ReportDiff({ before, after }: { before: string; after: string }) {
  const diff = useMemo(() => reportLineDiff(before, after), [before, after]);
  if (!diff) {
    return (
      <p data-testid="report-diff" className="text-[13px] text-muted">
        The two reports differ too much to compare line by line; see the rendered preview instead.
      </p>
    );
  }
  return (
    <div data-testid="report-diff" className="flex flex-col gap-2">
      <p className="text-[12px] text-muted">
        <span className="text-ok">+{diff.added} lines</span> · <span className="text-bad">−{diff.removed} lines</span>
        {diff.added + diff.removed === 0 && " · the regenerated report is identical"}
      </p>
      <div className="overflow-hidden rounded-md border border-border font-mono text-[12px] leading-[1.55]">
        {diff.rows.map((r, i) =>
          r.kind === "fold" ? (
            <div key={i} className="border-y border-border bg-surface-2 px-3 py-0.5 text-[11px] text-subtle first:border-t-0 last:border-b-0">
              ⋯ {r.count} unchanged line{r.count === 1 ? "" : "s"}
            </div>
          ) : (
            <div key={i} data-diff={r.kind} className={cn("flex", ROW_STYLE[r.kind].className)}>
              <span className="w-10 shrink-0 pr-2 text-right text-subtle select-none">{r.oldNo ?? ""}</span>
              <span className="w-10 shrink-0 pr-2 text-right text-subtle select-none">{r.newNo ?? ""}</span>
              <span className="w-4 shrink-0 select-none">
                {ROW_STYLE[r.kind].sign}
              </span>
              <span className={cn("min-w-0 pr-3 whitespace-pre-wrap wrap-anywhere", r.kind === "same" ? "text-foreground/80" : "")}>{r.text || " "}</span>
            </div>
          ),
        )}
      </div>
    </div>
  );
}
