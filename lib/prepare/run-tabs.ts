/** The run page's tabs, in order; `?tab=<id>` selects one (unknown ids fall back to overview). */
import type { AttemptModel } from "@/lib/model/types";

export const RUN_TAB_IDS = ["overview", "coordination", "votes", "answers", "traces", "config"] as const;
export type RunTabId = (typeof RUN_TAB_IDS)[number];

const LABELS: Record<RunTabId, string> = {
  overview: "Overview",
  coordination: "Coordination",
  votes: "Votes",
  answers: "Answers",
  traces: "Traces",
  config: "Config",
};

export function parseRunTab(value: string | string[] | undefined): RunTabId {
  const v = Array.isArray(value) ? value[0] : value;
  return (RUN_TAB_IDS as readonly string[]).includes(v ?? "") ? (v as RunTabId) : "overview";
}

export function runTabs(model: AttemptModel, baseHref: string): { id: RunTabId; label: string; href: string; count?: number }[] {
  const counts: Partial<Record<RunTabId, number>> = {
    coordination: model.coordinationEvents?.length,
    votes: model.votes.filter((v) => !v.ignored).length,
    answers: model.answers.length,
  };
  return RUN_TAB_IDS.map((id) => ({
    id,
    label: LABELS[id],
    href: id === "overview" ? baseHref : `${baseHref}?tab=${id}`,
    count: counts[id],
  }));
}
