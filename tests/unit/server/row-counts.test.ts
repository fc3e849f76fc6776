import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_STATUS_COUNT } from "@/lib/model/run-files";
import { discoverLog } from "@/lib/server/discover";
import { loadRunModel, summarizeRun } from "@/lib/server/run-model";
import { readRunSource } from "@/lib/server/run-source";

/**
 * An index row of a run with status.json takes its answer and vote counts
 * from MassGen's own counters and never walks the agents' snapshot dirs (the
 * cold index of 2,000 runs, issue 2); the run page still reads every dir.
 */

let tmp: string;
const LOG = "log_20260101_000000_000000";
const RUN = `${LOG}/turn_1/attempt_1`;

async function put(root: string, rel: string, text: string): Promise<void> {
  const abs = path.join(root, rel);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, text);
}

const status = (agents: Record<string, unknown>, votes: Record<string, unknown>) =>
  JSON.stringify({ is_complete: true, finish_reason: "completed", meta: { question: "q", start_time: 1767225600 }, agents, results: { votes, winner: "agent_a" } });

/** two answers of agent_a as snapshot dirs (FORMAT.md §1.6) */
const A_ANSWERS = { "agent_a/20260101_000001_000000/answer.txt": "a", "agent_a/20260101_000003_000000/answer.txt": "a2" };

async function run(root: string, files: Record<string, string>) {
  for (const [rel, text] of Object.entries(files)) await put(root, `${RUN}/${rel}`, text);
  const log = await discoverLog(root, LOG, root);
  const r = log?.turns[0]?.runs[0];
  if (!r) throw new Error("no run discovered");
  return r;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "row-counts-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("index rows of runs with status.json", () => {
  it("count answers and votes from status.json's counters, without listing the snapshot dirs", async () => {
    const root = path.join(tmp, "counters");
    const r = await run(root, {
      "status.json": status({ agent_a: { answer_count: 2, latest_answer_label: "agent1.2" }, agent_b: { answer_count: 1 } }, { "agent1.2": 2, "agent2.1": 1 }),
      "agent_a/20260101_000001_000000/answer.txt": "first",
      "agent_b/20260101_000002_000000/vote.json": JSON.stringify({ voted_for: "agent_a", reason: "r" }),
      "subagents/sub1/subprocess_logs.json": "{}",
      "metrics_summary.json": JSON.stringify({ totals: { estimated_cost: 1, agent_cost: 0.75, subagent_cost: 0.25 } }),
    });
    const row = await summarizeRun(root, r, false);
    expect(row.summary).toMatchObject({ answers: 3, votes: 3, winner: "agent_a", agents: ["agent_a", "agent_b"] });

    const src = await readRunSource(root, RUN, { mode: "summary", rowOnly: true, lean: true, hasLaterAttempt: false });
    expect(src.leanRow).toBe(true);
    expect(src.listing.filter((f) => f.startsWith("agent_"))).toEqual([]);
    expect(src.subagents?.map((s) => s.id)).toEqual(["sub1"]);
    // subagent totals are only in metrics_summary.json: a run with subagents still reads it
    expect(src.files["metrics_summary.json"]).toBeDefined();
    expect(row.summary.costUsd).toBe(1);

    // the run page reads the dirs themselves
    const page = await loadRunModel(root, r, "full");
    expect(page.answers.map((a) => a.text)).toEqual(["first"]);
    expect(page.votes.map((v) => v.voterId)).toEqual(["agent_b"]);
  });

  it("still count the snapshot dirs when there is no status.json (before v0.1.8, or a run starting up)", async () => {
    const root = path.join(tmp, "no-status");
    const r = await run(root, {
      "coordination_table.txt": "",
      ...A_ANSWERS,
      "agent_b/20260101_000002_000000/vote.json": "{}",
    });
    const row = await summarizeRun(root, r, false);
    expect(row.summary).toMatchObject({ answers: 2, votes: 1 });
  });

  it("are read in full when status.json cannot give the row: invalid counters, or no costs where metrics_summary.json was skipped", async () => {
    const root = path.join(tmp, "fallback");
    const r = await run(root, {
      "status.json": status({ agent_a: { answer_count: "2" }, agent_b: { answer_count: 1 } }, { "agent1.1": 1 }),
      ...A_ANSWERS,
      "agent_b/20260101_000002_000000/answer.txt": "b",
      "agent_b/20260101_000004_000000/vote.json": "{}",
    });
    const row = await summarizeRun(root, r, false);
    expect(row.summary).toMatchObject({ answers: 3, votes: 1 });
    expect(row.summary.parseIssues.map((i) => i.file)).toContain(`${RUN}/status.json`);

    const root2 = path.join(tmp, "no-costs");
    const r2 = await run(root2, {
      "status.json": status({ agent_a: { answer_count: 1 } }, {}),
      "metrics_summary.json": JSON.stringify({ totals: { estimated_cost: 0.5, agent_cost: 0.5, input_tokens: 10, output_tokens: 2 } }),
    });
    expect((await summarizeRun(root2, r2, false)).summary).toMatchObject({ costUsd: 0.5, inputTokens: 10, outputTokens: 2 });

    // with costs in status.json, metrics_summary.json is not read for the row: the two agree by construction (no subagent)
    const root3 = path.join(tmp, "costs");
    const r3 = await run(root3, {
      "status.json": JSON.stringify({ ...JSON.parse(status({ agent_a: { answer_count: 1 } }, {})), costs: { total_estimated_cost: 0.25, total_input_tokens: 7, total_output_tokens: 1 } }),
      "metrics_summary.json": "{ truncated",
    });
    const lean = await readRunSource(root3, RUN, { mode: "summary", rowOnly: true, lean: true, hasLaterAttempt: false });
    expect(lean.files["metrics_summary.json"]).toBeUndefined();
    expect((await summarizeRun(root3, r3, false)).summary).toMatchObject({ costUsd: 0.25, inputTokens: 7, outputTokens: 1 });
    // the run page reads it, and says it is broken
    const page = await loadRunModel(root3, r3, "full");
    expect(page.parseIssues.map((i) => i.file)).toContain(`${RUN}/metrics_summary.json`);
  });

  it("do not turn a huge counter into that many objects", async () => {
    const root = path.join(tmp, "hostile");
    const r = await run(root, { "status.json": status({ agent_a: { answer_count: 1e12 }, agent_b: { answer_count: 2.5 } }, { x: 1e15, y: -3, w: 2.5 }) });
    const row = await summarizeRun(root, r, false);
    expect(row.summary.answers).toBe(MAX_STATUS_COUNT);
    expect(row.summary.votes).toBe(MAX_STATUS_COUNT);
    const messages = row.summary.parseIssues.map((i) => i.message);
    expect(messages).toContain(`more than ${MAX_STATUS_COUNT} answers counted; the rest are not shown`);
    expect(messages).toContain(`more than ${MAX_STATUS_COUNT} votes counted; the rest are not shown`);
    expect(row.summary.parseIssues.every((i) => i.file === `${RUN}/status.json` || !i.message.startsWith("more than"))).toBe(true);
  });
});
