import { buildFindings } from "./findings";
import { blocks } from "./md";
import { recommendations } from "./rules";
import { appendixSection } from "./sections/appendix";
import { behaviorSection } from "./sections/behavior";
import { commandsSection } from "./sections/commands";
import { correctnessSection } from "./sections/correctness";
import { costSection } from "./sections/cost";
import { duplicationSection } from "./sections/duplication";
import { efficiencySection } from "./sections/efficiency";
import { errorsSection } from "./sections/errors";
import { headerSection } from "./sections/header";
import { overviewSection } from "./sections/overview";
import { recommendationsSection } from "./sections/recommendations";
import { summarySection } from "./sections/summary";
import type { ReportInput } from "./types";

export type { ReportInput, TraceInput } from "./types";
export type { Recommendation, Priority } from "./rules";

/**
 * ANALYSIS_REPORT.md for one turn (FORMAT.md §7), in the section order of
 * MassGen's massgen-log-analyzer template as issue 6 lists it. Pure: model in,
 * markdown out; the same input always gives the same text.
 */
export function generateReport(input: ReportInput): string {
  const f = buildFindings(input);
  const recs = recommendations(f);
  const md = blocks(
    headerSection(f),
    summarySection(f, recs),
    overviewSection(f),
    correctnessSection(f),
    efficiencySection(f),
    commandsSection(f),
    duplicationSection(f),
    behaviorSection(f),
    costSection(f),
    errorsSection(f),
    recommendationsSection(recs),
    appendixSection(f),
  );
  return `${md}\n`;
}
