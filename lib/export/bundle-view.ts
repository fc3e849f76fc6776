import type { AnswersView } from "@/lib/prepare/answers";
import { prepareAnswers } from "@/lib/prepare/answers";
import type { ChartsView } from "@/lib/prepare/charts-types";
import { prepareCharts } from "@/lib/prepare/charts";
import type { ConfigView } from "@/lib/prepare/config";
import { type CoordinationView, prepareCoordination } from "@/lib/prepare/coordination";
import { type Provenance, provenanceOf } from "@/lib/prepare/export-provenance";
import { prepareRunPage, type RunPageView } from "@/lib/prepare/run-page";
import type { TimelineView } from "@/lib/prepare/timeline-types";
import { prepareTimeline } from "@/lib/prepare/timeline";
import { prepareVotes, type VotesView } from "@/lib/prepare/votes";
import type { ExportInput } from "./load-turn";

/**
 * The share bundle's props: the run page's own view models (lib/prepare), so
 * the bundle shows what the app shows. Pure.
 */
export interface BundleView {
  run: RunPageView;
  coordination: CoordinationView;
  votes: VotesView;
  answers: AnswersView;
  charts: ChartsView;
  timeline: TimelineView;
  config: ConfigView;
  report: { path: string; markdown: string } | null;
  provenance: Provenance;
  generator: string;
  /** unix seconds */
  exportedAt: number;
}

export function prepareBundle(input: ExportInput, generator: string, exportedAt: number): BundleView {
  const { log, model } = input;
  return {
    run: prepareRunPage(log, model),
    coordination: prepareCoordination(model),
    votes: prepareVotes(model),
    // No workspace listing: the bundle leaves workspace contents (and names) out.
    answers: prepareAnswers(model),
    charts: prepareCharts(model),
    // No hrefFor: heatmap cells would link into the app, which a bundle does not have.
    timeline: prepareTimeline(model),
    config: input.config,
    report: input.report,
    provenance: provenanceOf(model),
    generator,
    exportedAt,
  };
}
