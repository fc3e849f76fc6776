"use client";

import { useState } from "react";
import { Markdown } from "@/components/markdown/markdown";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ReportDiff } from "./report-diff";

interface Props {
  draft: string;
  /** the saved report's text, or null when none exists (then there is nothing to diff or confirm) */
  previous: string | null;
  reportPath: string;
  confirming: boolean;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A generated report before it is saved: rendered, or, when a report already
 * exists, diffed against it, with an explicit confirmation before overwriting.
 */
export function ReportDraft({ draft, previous, reportPath, confirming, busy, onConfirm, onCancel }: Props) {
  const [view, setView] = useState<"diff" | "rendered">("diff");
  const shown = previous === null ? "rendered" : view;
  return (
    <div className="flex flex-col gap-3">
      {confirming && (
        <div role="alertdialog" aria-label="Confirm overwrite" className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-warn/25 bg-warn-soft/60 px-3 py-2 text-[12.5px]">
          <span>
            Overwrite <code className="font-mono break-all">{reportPath}</code>? The current report is replaced by the one below.
          </span>
          <span className="flex gap-1.5">
            <Button size="sm" variant="outline" onClick={onCancel} disabled={busy}>
              Cancel
            </Button>
            <Button size="sm" variant="primary" onClick={onConfirm} disabled={busy} data-testid="report-confirm-overwrite">
              Overwrite report
            </Button>
          </span>
        </div>
      )}
      {previous !== null && (
        <div role="tablist" aria-label="Compare" className="flex w-fit gap-0.5 rounded-md bg-surface-2 p-0.5 text-[12px]">
          {(["diff", "rendered"] as const).map((v) => (
            <button
              key={v}
              type="button"
              role="tab"
              aria-selected={shown === v}
              onClick={() => setView(v)}
              className={cn("rounded px-2.5 py-1", shown === v ? "bg-background font-medium shadow-sm" : "text-muted hover:text-foreground")}
            >
              {v === "diff" ? "Changes" : "New report"}
            </button>
          ))}
        </div>
      )}
      {shown === "diff" && previous !== null ? (
        <ReportDiff before={previous} after={draft} />
      ) : (
        <div data-testid="report-preview" className="rounded-md border border-dashed border-accent/30 px-4 py-3">
          <Markdown text={draft} />
        </div>
      )}
    </div>
  );
}
