import "server-only";
import type { AttemptModel, LogSummary } from "@/lib/model/types";
import type { ConfigView } from "@/lib/prepare/config";
import { discoverLog } from "@/lib/server/discover";
import { toLogSummary } from "@/lib/server/log-summary";
import { readConfigView } from "@/lib/server/metadata-reader";
import { previewReport } from "@/lib/server/report-store";
import { buildAttempt } from "@/lib/model/build-attempt";
import type { RunSource } from "@/lib/model/types";
import { type RunSummary, summarizeRun } from "@/lib/server/run-model";
import { readRunSource } from "@/lib/server/run-source";
import { secretValues } from "./secrets";

/**
 * Everything the share bundle shows of one turn, read with the same walker,
 * run-source reader and model as the run page (so the numbers agree). Only
 * parsed models leave here: never raw files, workspace contents or massgen.log.
 */
export interface ExportInput {
  log: LogSummary;
  /** the turn's latest attempt, like the run page's default */
  model: AttemptModel;
  /** execution_metadata.yaml through the redacting parser (lib/parse/redact.ts) */
  config: ConfigView;
  /** the turn's existing ANALYSIS_REPORT.md; null when there is none or it is empty */
  report: { path: string; markdown: string } | null;
  /** values under secret-looking config keys, scrubbed from every written file (secrets.ts) */
  secrets: string[];
}

export async function loadTurn(root: string, logName: string, turn: number | null, nowMs = Date.now()): Promise<ExportInput> {
  const found = await discoverLog(root, logName);
  const t = found?.turns.find((x) => x.turn === turn);
  const run = t?.runs[t.runs.length - 1];
  if (!found || !run) throw new Error(`${logName} has no run for ${turn === null ? "its flat layout" : `turn_${turn}`}`);
  // Summaries of every run feed the turn/attempt navigation facts of prepareRunPage.
  const runs = new Map<string, RunSummary>();
  for (const turnRuns of found.turns) {
    for (const r of turnRuns.runs) runs.set(r.relPath, await summarizeRun(root, r, found.g0, nowMs));
  }
  // The source, not just the model (run-model.ts does the same two steps): its raw config feeds the secret scrub.
  const src = await readRunSource(root, run.relPath, { mode: "full", hasLaterAttempt: run.hasLaterAttempt, nowMs });
  const model = buildAttempt(src);
  const config = await readConfigView(root, model.relPath);
  // previewReport reads the existing report bounded and realpath-contained inside the root.
  const preview = await previewReport(root, logName, turn, { nowMs });
  const existing = preview.existing;
  const report = existing && !existing.empty && existing.content.trim() ? { path: preview.reportPath, markdown: existing.content } : null;
  return { log: toLogSummary(logName, found, runs), model, config, report, secrets: sourceSecrets(src) };
}

function sourceSecrets(src: RunSource): string[] {
  const sources = [src, ...(src.subagents ?? []).flatMap((s) => (s.source ? [s.source] : []))];
  return sources.flatMap((s) => {
    const f = s.files["execution_metadata.yaml"];
    return f?.kind === "text" ? secretValues(f.text) : [];
  });
}
