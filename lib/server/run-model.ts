import "server-only";
import type { AttemptModel, AttemptSummary, Generation } from "@/lib/model/types";
import { buildAttempt, buildLeanRow } from "@/lib/model/build-attempt";
import { summarizeAttempt } from "@/lib/model/summarize-attempt";
import type { DiscoveredRun } from "./discover";
import { errText, readRunSource } from "./run-source";

/** The one place lib/server turns a RUN dir into the model (never its own parser). */

export interface RunSummary {
  summary: AttemptSummary;
  generation: Generation;
}

export async function loadRunModel(root: string, run: DiscoveredRun, mode: "summary" | "full", nowMs = Date.now()): Promise<AttemptModel> {
  const src = await readRunSource(root, run.relPath, { mode, rowOnly: mode === "summary", hasLaterAttempt: run.hasLaterAttempt, nowMs });
  return buildAttempt(src);
}

/** An index row's model: lean from status.json when it can be (ReadRunSourceOptions.lean), else the run's summary files in full. */
async function loadRowModel(root: string, run: DiscoveredRun, nowMs: number): Promise<AttemptModel> {
  const opts = { mode: "summary", rowOnly: true, hasLaterAttempt: run.hasLaterAttempt, nowMs } as const;
  return buildLeanRow(await readRunSource(root, run.relPath, { ...opts, lean: true })) ?? buildAttempt(await readRunSource(root, run.relPath, opts));
}

/**
 * Summary of one run for the index. A run that cannot be read at all (it
 * vanished, or permissions changed mid-scan) still gets a row, with the
 * reason as a parse issue, instead of failing the whole index.
 */
export async function summarizeRun(root: string, run: DiscoveredRun, g0: boolean, nowMs = Date.now()): Promise<RunSummary> {
  try {
    const model = await loadRowModel(root, run, nowMs);
    return { summary: summarizeAttempt(model, run.absPath), generation: model.generation };
  } catch (e) {
    return { summary: unreadableSummary(run, errText(e)), generation: layoutGeneration(run, g0) };
  }
}

function unreadableSummary(run: DiscoveredRun, message: string): AttemptSummary {
  return {
    attempt: run.attempt,
    path: run.absPath,
    relPath: run.relPath,
    state: "error",
    question: null,
    agents: [],
    models: {},
    winner: null,
    answers: 0,
    votes: 0,
    costUsd: null,
    inputTokens: null,
    outputTokens: null,
    durationSeconds: null,
    enforcementRetries: null,
    startedAt: null,
    massgenVersion: null,
    parseIssues: [{ file: run.relPath, message: `run could not be read: ${message}` }],
  };
}

/** Best guess from the directory shape alone (FORMAT.md §1.3), used only when the run is unreadable. */
function layoutGeneration(run: DiscoveredRun, g0: boolean): Generation {
  if (g0) return "G0";
  if (run.turn !== null && run.attempt !== null) return "G5";
  if (run.turn !== null) return "G4";
  return "G3";
}
