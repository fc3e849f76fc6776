import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { buildAttempt } from "@/lib/model/build-attempt";
import { summarizeAttempt } from "@/lib/model/summarize-attempt";
import type { AttemptModel, LogSummary, RunSource } from "@/lib/model/types";
import { prepareAnswers } from "@/lib/prepare/answers";
import { prepareCharts } from "@/lib/prepare/charts";
import { prepareCoordination } from "@/lib/prepare/coordination";
import { prepareRunPage } from "@/lib/prepare/run-page";
import { runTabs } from "@/lib/prepare/run-tabs";
import { prepareTimeline } from "@/lib/prepare/timeline";
import { prepareVotes } from "@/lib/prepare/votes";
import { generateReport } from "@/lib/report/generate-report";
import { readRunSource } from "@/lib/server/run-source";

/**
 * Shared by tests/hostile: log trees built at test time in temp dirs (issue 8
 * "Hostile-input suite"), starting from the complete G5 sample that
 * tests/fixtures/broken is also made from, and every view model computed from
 * whatever model comes out.
 */
export const FIXTURES = path.resolve(__dirname, "../fixtures/logs");
export const SAMPLE_LOG = "log_20251229_013250_406604";
/** the sample's RUN dir, relative to its log dir */
export const SAMPLE_RUN = "turn_1/attempt_1";
export const SAMPLE_RUN_ABS = path.join(FIXTURES, SAMPLE_LOG, SAMPLE_RUN);

export interface TempRoot {
  root: string;
  cleanup: () => void;
}

export function tempRoot(): TempRoot {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mgd-hostile-"));
  const root = path.join(dir, "massgen_logs");
  mkdirSync(root);
  return { root, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The committed fixtures are read-only; copies must be writable to be damaged. */
function makeWritable(p: string): void {
  const st = statSync(p);
  chmodSync(p, st.mode | 0o200);
  if (st.isDirectory()) for (const e of readdirSync(p)) makeWritable(path.join(p, e));
}

/** Copy the sample's turn_1 under `root/<logName>`; returns the RUN dir (root-relative) and its absolute path. */
export function copySample(root: string, logName: string): { rel: string; abs: string } {
  const dest = path.join(root, logName, "turn_1");
  cpSync(path.join(FIXTURES, SAMPLE_LOG, "turn_1"), dest, { recursive: true });
  makeWritable(path.join(root, logName));
  return { rel: `${logName}/${SAMPLE_RUN}`, abs: path.join(root, logName, SAMPLE_RUN) };
}

export async function loadSource(root: string, rel: string, mode: "summary" | "full" = "full"): Promise<RunSource> {
  return readRunSource(root, rel, { mode, hasLaterAttempt: false, nowMs: Date.now(), tzOffsetMinutes: 0 });
}

export async function loadModel(root: string, rel: string, mode: "summary" | "full" = "full"): Promise<AttemptModel> {
  return buildAttempt(await loadSource(root, rel, mode));
}

/** A one-attempt LogSummary around a model, as the index would hold it. */
export function logOf(model: AttemptModel): LogSummary {
  const summary = summarizeAttempt(model, `/x/${model.relPath}`, 0);
  return {
    id: model.logName,
    name: model.logName,
    path: `/x/${model.logName}`,
    root: "/x",
    generation: model.generation,
    startedAt: summary.startedAt,
    turns: [{ turn: model.turn, analyzed: false, reportEmpty: false, attempts: [summary] }],
  };
}

/** Every view model of the run page (and the report) computed from one model: what the browser would get. */
export function allViews(model: AttemptModel): Record<string, unknown> {
  const log = logOf(model);
  return {
    summary: log.turns[0]?.attempts[0],
    page: prepareRunPage(log, model),
    tabs: runTabs(model, "/runs/x", log),
    coordination: prepareCoordination(model),
    votes: prepareVotes(model),
    answers: prepareAnswers(model),
    charts: prepareCharts(model),
    timeline: prepareTimeline(model),
    report: generateReport({ model, attempts: [model], traces: null, toolExecutions: model.toolExecutions, metadata: null, filesRead: [], generatedAt: 0 }),
  };
}

/** Paths (a.b[2].c) of every NaN or ±Infinity number inside a value, and of strings showing a formatted NaN. */
export function badNumbers(value: unknown, at = "$", out: string[] = [], seen = new Set<object>()): string[] {
  if (typeof value === "number" && !Number.isFinite(value)) out.push(at);
  // a number formatted for display ("NaN", "$NaN", "NaN%", "NaN s"); not prose such as "NaN/Infinity value(s)"
  else if (typeof value === "string" && /(^|[\s$(~])NaN(%|\s?[a-z]{1,3}\b|\s|$)/.test(value)) out.push(`${at} (text: ${value.slice(0, 80)})`);
  else if (value && typeof value === "object" && !seen.has(value)) {
    seen.add(value);
    for (const [k, v] of Object.entries(value)) badNumbers(v, `${at}.${k}`, out, seen);
  }
  return out;
}

/**
 * The model invariants issue 8 names: labels unique, tallies consistent, no NaN
 * in any view. `views: "votes"` computes only the votes view (for sweeps over
 * thousands of models where the other views are checked on a sample).
 */
export function expectInvariants(model: AttemptModel, views: Record<string, unknown> | "votes" = allViews(model)): void {
  const labels = model.answers.map((a) => a.label);
  expect(new Set(labels).size, `duplicate answer labels: ${labels.join(", ")}`).toBe(labels.length);
  const prefixes = model.agents.map((a) => a.labelPrefix).filter((p) => p !== null);
  expect(new Set(prefixes).size, `duplicate label prefixes: ${prefixes.join(", ")}`).toBe(prefixes.length);
  const ids = model.agents.map((a) => a.id);
  expect(new Set(ids).size).toBe(ids.length);
  // the deciding tally counts at most one vote per voter, and only votes that exist
  const counted = Object.values(model.finalRoundTally).reduce((a, b) => a + b, 0);
  const voters = new Set(model.votes.filter((v) => !v.ignored).map((v) => v.voterId));
  expect(counted).toBeLessThanOrEqual(voters.size);
  const votes = views === "votes" ? prepareVotes(model) : (views.votes as ReturnType<typeof prepareVotes>);
  for (const r of votes.rounds) {
    const inRound = r.entries.filter((e) => e.kind === "vote" && e.targetLabel).length;
    expect(r.tally.reduce((a, b) => a + b.count, 0), `round ${r.n} tally`).toBe(inRound);
  }
  const cast = votes.rounds.flatMap((r) => r.entries).filter((e) => e.kind === "vote").length;
  expect(votes.totals.votes).toBe(cast);
  expect(badNumbers(views === "votes" ? votes : views)).toEqual([]);
}
