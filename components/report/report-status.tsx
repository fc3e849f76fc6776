import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { Notice, ReportState } from "./use-report";

const BUSY_TEXT: Record<NonNullable<ReportState["busy"]>, string> = {
  load: "Loading the report…",
  generate: "Generating the report from the logs…",
  save: "Saving…",
};

const TONE: Record<Notice["tone"], string> = {
  ok: "border-ok/20 bg-ok-soft/60 text-ok",
  warn: "border-warn/25 bg-warn-soft/60 text-warn",
  bad: "border-bad/20 bg-bad-soft/60 text-bad",
};

/** One live line for what the panel is doing or just did; a conflict offers to reload. */
export function ReportStatus({ busy, notice, onReload }: { busy: ReportState["busy"]; notice: Notice | null; onReload: () => void }) {
  if (busy) {
    return (
      <p data-testid="report-status" data-state="busy" role="status" className="flex items-center gap-2 text-[12px] text-muted">
        <span className="size-2 animate-pulse rounded-full bg-live" aria-hidden />
        {BUSY_TEXT[busy]}
      </p>
    );
  }
  if (!notice) return <p data-testid="report-status" data-state="idle" role="status" className="sr-only" />;
  return (
    <div
      data-testid="report-status"
      data-state={notice.tone}
      role={notice.tone === "ok" ? "status" : "alert"}
      className={cn("flex items-center justify-between gap-3 rounded-md border px-3 py-2 text-[12.5px]", TONE[notice.tone])}
    >
      <span className="break-words">{notice.text}</span>
      {notice.reload && (
        <Button size="sm" onClick={onReload} data-testid="report-reload">
          Reload
        </Button>
      )}
    </div>
  );
}
