import Link from "next/link";
import type { RunsTableRow } from "@/lib/prepare/runs-table";
import { DASH } from "@/lib/prepare/format";
import { AgentChip } from "@/components/ui/agent-chip";

export function StartedCell({ row }: { row: RunsTableRow }) {
  if (row.startedLabel === null) {
    return (
      <span className="text-subtle" title="Start time not recorded">
        {DASH}
      </span>
    );
  }
  const [date, time] = row.startedLabel.split(" ");
  return (
    <span className="flex flex-col leading-tight tabular-nums" title={row.startedTitle ?? undefined}>
      <span className="text-foreground">{date}</span>
      <span className="text-[11px] text-muted">{time}</span>
    </span>
  );
}

/**
 * The row's main link. Its ::after covers the whole row ("stretched link"), so
 * the row is clickable while the attempt links inside it stay separate anchors.
 * The question is untrusted LLM/user text: rendered as plain text only.
 */
export function QuestionCell({ row }: { row: RunsTableRow }) {
  const where = [row.logName, row.turn !== null ? `turn ${row.turn}` : null].filter(Boolean).join(" · ");
  return (
    <div className="flex min-w-0 flex-col leading-tight">
      <Link
        href={row.href}
        prefetch={false}
        className="truncate font-medium text-foreground after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
        title={row.question ?? undefined}
      >
        {row.question ?? <span className="text-muted italic">{row.state === "error" && row.firstIssue ? row.firstIssue : "No question recorded"}</span>}
      </Link>
      <span className="truncate font-mono text-[11px] text-muted">
        {where}
        {row.parseIssueCount > 0 && (
          <span className="ml-1.5 text-warn" data-testid="row-parse-issues" title={row.firstIssue ?? "Some files of this run could not be read"}>
            · {row.parseIssueCount} parse {row.parseIssueCount === 1 ? "issue" : "issues"}
          </span>
        )}
      </span>
    </div>
  );
}

export function WinnerCell({ row }: { row: RunsTableRow }) {
  const agent = row.winner ? row.agents.find((a) => a.id === row.winner) : undefined;
  if (row.winner === null) {
    const why = row.state === "running" ? "No winner yet" : "No winner recorded";
    return (
      <span className="text-subtle" title={why}>
        {DASH}
      </span>
    );
  }
  return agent ? (
    <AgentChip id={row.winner} color={agent.color} />
  ) : (
    <span className="truncate text-[12px] font-medium">{row.winner}</span>
  );
}

export function AnalyzedCell({ row }: { row: RunsTableRow }) {
  if (!row.analyzed) return <span className="sr-only">Not analyzed</span>;
  if (row.reportEmpty) {
    return (
      <span className="text-[11px] text-warn" title="ANALYSIS_REPORT.md exists but is empty">
        empty
      </span>
    );
  }
  return (
    <span className="text-ok" title="ANALYSIS_REPORT.md present" aria-label="Analyzed">
      ✓
    </span>
  );
}
