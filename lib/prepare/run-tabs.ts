/** The run page's tabs, in order; `?tab=<id>` selects one (unknown ids fall back to overview). */
import type { AttemptModel, LogSummary } from "@/lib/model/types";

export const RUN_TAB_IDS = ["overview", "coordination", "votes", "answers", "charts", "timeline", "traces", "config", "report"] as const;
export type RunTabId = (typeof RUN_TAB_IDS)[number];

const LABELS: Record<RunTabId, string> = {
  overview: "Overview",
  coordination: "Coordination",
  votes: "Votes",
  answers: "Answers",
  charts: "Tokens & cost",
  timeline: "Timeline",
  traces: "Traces",
  config: "Config",
  report: "Report",
};

export function parseRunTab(value: string | string[] | undefined): RunTabId {
  const v = Array.isArray(value) ? value[0] : value;
  return (RUN_TAB_IDS as readonly string[]).includes(v ?? "") ? (v as RunTabId) : "overview";
}

/** The Report tab's marker: ✓ when the turn has ANALYSIS_REPORT.md, "empty" when that file is empty (an analysis in progress or failed). */
function reportLabel(model: AttemptModel, log: LogSummary | undefined): string {
  const turn = log?.turns.find((t) => t.turn === model.turn);
  if (!turn?.analyzed) return LABELS.report;
  return `${LABELS.report} ${turn.reportEmpty ? "· empty" : "✓"}`;
}

export function runTabs(model: AttemptModel, baseHref: string, log?: LogSummary): { id: RunTabId; label: string; href: string; count?: number }[] {
  const counts: Partial<Record<RunTabId, number>> = {
    coordination: model.coordinationEvents?.length,
    votes: model.votes.filter((v) => !v.ignored).length,
    answers: model.answers.length,
  };
  return RUN_TAB_IDS.map((id) => ({
    id,
    label: id === "report" ? reportLabel(model, log) : LABELS[id],
    href: id === "overview" ? baseHref : `${baseHref}?tab=${id}`,
    count: counts[id],
  }));
}
