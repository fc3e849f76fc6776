import path from "node:path";
import { describe, expect, it } from "vitest";
import { summarizeAttempt } from "@/lib/model/summarize-attempt";
import type { AttemptModel } from "@/lib/model/types";
import { expectedRuns, load, nowFor, ROOT, type ExpectedRun } from "./fixture-runs";

/** Every run of tests/fixtures/expected.json, modelled in "full" mode and checked fact by fact. */

function byAgent<T extends { agentId: string }>(items: T[], f: (t: T) => unknown): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const i of items) (out[i.agentId] ??= []).push(f(i));
  return out;
}

function checkAgents(m: AttemptModel, exp: ExpectedRun): void {
  expect(m.agents.map((a) => a.id)).toEqual(exp.agent_ids);
  expect(Object.fromEntries(m.agents.map((a) => [a.id, a.labelPrefix]))).toEqual(exp.label_numbering);
  expect(Object.fromEntries(m.agents.map((a) => [a.id, a.status]))).toEqual(exp.agent_final_status);
  const errors = Object.fromEntries(m.agents.flatMap((a) => (a.error ? [[a.id, { type: a.error.type, message: a.error.message }]] : [])));
  expect(errors).toEqual(exp.agent_errors);
  const enforcement = Object.fromEntries(
    m.agents.map((a) => [a.id, a.enforcement && { count: a.enforcement.count, reasons: a.enforcement.reasons, buffer_chars_lost: a.enforcement.bufferCharsLost }]),
  );
  expect(enforcement).toEqual(exp.enforcement);
  if (exp.per_agent === null) {
    expect(m.agents.every((a) => a.usage === null)).toBe(true);
    return;
  }
  for (const a of m.agents) {
    const e = exp.per_agent[a.id];
    expect(a.usage).toMatchObject({ inputTokens: e?.input_tokens, outputTokens: e?.output_tokens, reasoningTokens: e?.reasoning_tokens });
    expect(a.usage?.costUsd).toBeCloseTo(e?.cost_usd ?? NaN, 6);
  }
}

function checkVotes(m: AttemptModel, exp: ExpectedRun): void {
  const accepted = m.votes.filter((v) => !v.ignored);
  expect(accepted.map((v) => ({ voter: v.voterId, voted_for_label: v.targetLabel, voted_for_agent: v.targetAgentId, reason: v.reason, snapshot_dir: v.snapshotDir }))).toEqual(exp.votes);
  const ignored = m.votes.filter((v) => v.ignored);
  expect(ignored.map((v) => ({ voter: v.voterId, voted_for_agent: v.targetAgentId, reason: v.reason }))).toEqual(
    exp.ignored_votes.map(({ voter, voted_for_agent, reason }) => ({ voter, voted_for_agent, reason })),
  );
  expect(m.stops.map((s) => ({ agent: s.agentId, summary: s.summary }))).toEqual(exp.stops);
  expect(m.finalRoundTally).toEqual(exp.final_round_tally);
  expect(m.statusVotes).toEqual(exp.status_json_results_votes);
}

function checkCosts(m: AttemptModel, exp: ExpectedRun): void {
  expect(m.costUsd).toEqual(exp.total_cost_usd);
  expect(m.agentCostUsd).toEqual(exp.agent_cost_usd);
  expect(m.subagentCostUsd).toEqual(exp.subagent_cost_usd);
  expect(m.inputTokens).toEqual(exp.total_input_tokens);
  expect(m.outputTokens).toEqual(exp.total_output_tokens);
}

function checkTiming(m: AttemptModel, exp: ExpectedRun): void {
  expect(m.startTime).toBeCloseTo(exp.start_time_unix, 3);
  // status.json's last write trails session_end by a few tens of ms (FORMAT.md §3.1)
  expect(Math.abs((m.durationSeconds ?? NaN) - exp.duration_seconds)).toBeLessThan(0.1);
  if (exp.end_time_unix === null) expect(m.endTime).toBeNull();
  else expect(Math.abs((m.endTime ?? NaN) - exp.end_time_unix)).toBeLessThan(0.1);
  expect(m.lastUpdated).toEqual(exp.status_last_updated_unix);
}

function checkEvents(m: AttemptModel, exp: ExpectedRun): void {
  const events = m.coordinationEvents;
  expect(events?.length ?? null).toEqual(exp.coordination_event_count);
  if (!events) return;
  expect(events.filter((e) => e.type === "restart_triggered")).toHaveLength(exp.restart_events);
  expect(events.filter((e) => e.type === "update_injected")).toHaveLength(exp.update_injections);
}

describe.each(expectedRuns)("%s", (rel, exp) => {
  it("models the whole run in full mode", async () => {
    const m = await load(rel, exp, "full");
    expect(m.generation).toBe(exp.generation);
    expect(m.massgenVersion).toBe(exp.files["execution_metadata_yaml"] && rel.includes("/subagents/") === false ? exp.massgen_version : null);
    expect({ turn: m.turn, attempt: m.attempt, kind: m.runDirKind }).toEqual({ turn: exp.turn, attempt: exp.attempt, kind: exp.run_dir_kind });
    expect(m.state).toBe(exp.state);
    expect(m.superseded).toBe(exp.superseded_by_next_attempt);
    expect(m.question).toBe(exp.question);
    expect(m.winner).toBe(exp.winner);
    expect(byAgent(m.answers, (a) => a.label)).toEqual(Object.fromEntries(Object.entries(exp.answers).filter(([, a]) => a.count > 0).map(([id, a]) => [id, a.labels])));
    expect(m.answers.every((a) => a.text !== null && a.snapshotDir !== null)).toBe(true);
    checkAgents(m, exp);
    checkVotes(m, exp);
    checkCosts(m, exp);
    checkTiming(m, exp);
    checkEvents(m, exp);
    expect(m.finalAnswer !== null).toBe(exp.files["final_answer"]);
    if (m.finalAnswer) expect(m.finalAnswer.agentId).toBe(exp.winner);
    expect(m.parseIssues).toEqual([]);
  });

  it("summarizes the same numbers in summary and full mode", async () => {
    const abs = path.join(ROOT, rel);
    const full = summarizeAttempt(await load(rel, exp, "full"), abs);
    const summary = summarizeAttempt(await load(rel, exp, "summary"), abs);
    expect(summary).toEqual(full);
    expect(full).toMatchObject({
      relPath: rel,
      state: exp.state,
      winner: exp.winner,
      agents: exp.agent_ids,
      answers: Object.values(exp.answers).reduce((n, a) => n + a.count, 0),
      votes: exp.votes.length,
      costUsd: exp.total_cost_usd,
      inputTokens: exp.total_input_tokens,
      outputTokens: exp.total_output_tokens,
      enforcementRetries: exp.per_agent === null ? null : Object.values(exp.enforcement).reduce((n, e) => n + (e?.count ?? 0), 0),
    });
  });
});

describe("freshness of a live run (FORMAT.md §5.3)", () => {
  const running = expectedRuns.filter(([, e]) => e.state === "running");

  it.each(running)("%s is running while status.json is fresh, interrupted when stale", async (rel, exp) => {
    expect((await load(rel, exp, "summary", nowFor(exp, 5))).state).toBe("running");
    const stale = await load(rel, exp, "summary", nowFor(exp, 3600));
    expect(stale.state).toBe("interrupted");
    expect(stale.stateReason).toMatch(/not updated for 60 min/);
  });

  it("finished runs never depend on the clock", async () => {
    for (const [rel, exp] of expectedRuns.filter(([, e]) => e.state !== "running")) {
      expect((await load(rel, exp, "summary", Date.now())).state).toBe(exp.state);
    }
  });
});

describe("metric detail carried on the model (FORMAT.md §3.2.3, §3.3)", () => {
  it.each(expectedRuns)("%s: round API timing, tool executions and the workspace listing", async (rel, exp) => {
    const full = await load(rel, exp, "full");
    const summary = await load(rel, exp, "summary");
    const rounds = full.agents.flatMap((a) => a.rounds ?? []);
    // every fixture with usage is v0.1.78, which records RoundTokenUsage's API timing [≥v0.1.27]
    expect(rounds.every((r) => r.apiTimeMs !== null && r.apiCalls !== null && r.avgTtftMs !== null && r.cachedInputTokens !== null)).toBe(true);
    if (exp.per_agent !== null) expect(rounds.length).toBeGreaterThan(0);
    if (exp.files["metrics_events_json"] === true) {
      expect(full.toolExecutions?.length).toBeGreaterThan(0);
      expect(full.toolExecutions?.every((e) => typeof e.tool_name === "string")).toBe(true);
    } else {
      expect(full.toolExecutions).toBeNull();
    }
    // summary mode does not load metrics_events.json nor walk workspaces
    expect(summary.toolExecutions).toBeNull();
    expect(summary.workspaceListing).toEqual({});
    if (exp.files["final_answer"] === true) expect(full.workspaceListing[`final/${exp.winner}/workspace`]?.length).toBeGreaterThan(0);
  });
});
