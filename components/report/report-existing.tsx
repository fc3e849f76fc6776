import { Markdown } from "@/components/markdown/markdown";
import type { ReportPreview } from "./report-api";

/** The saved ANALYSIS_REPORT.md, or why there is nothing to show yet. */
export function ReportExisting({ data }: { data: ReportPreview }) {
  const existing = data.existing;
  if (!existing) {
    return (
      <div className="rounded-md border border-dashed border-border-strong px-6 py-10 text-center text-[13px] text-muted">
        <p className="font-medium text-foreground">No analysis report for this turn yet</p>
        <p className="mx-auto mt-1 max-w-lg">
          Generate one from the logs: it takes no API key and uses the same numbers as this dashboard. Saving writes{" "}
          <code className="font-mono text-foreground">ANALYSIS_REPORT.md</code> into the turn folder, where{" "}
          <code className="font-mono">massgen logs list</code> looks for it.
        </p>
      </div>
    );
  }
  if (existing.empty) {
    return (
      <div data-testid="report-empty-existing" className="rounded-md border border-warn/25 bg-warn-soft/50 px-4 py-3 text-[13px]">
        <p className="font-medium text-warn">The report file is empty</p>
        <p className="mt-1 text-muted">
          An analysis is in progress or failed (<code className="font-mono">massgen logs analyze --mode self</code> creates an empty file first).
          It still counts as an existing report: regenerating replaces it, after you confirm.
        </p>
      </div>
    );
  }
  if (existing.sha256 === "") {
    return (
      <p data-testid="report-existing" className="text-[13px] text-muted">
        <code className="font-mono">{data.reportPath}</code> exists but cannot be shown: it is not a regular file inside the log root.
      </p>
    );
  }
  return (
    <div data-testid="report-existing">
      <Markdown text={existing.content} />
    </div>
  );
}
