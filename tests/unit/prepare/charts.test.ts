import { describe, expect, it } from "vitest";
import { prepareCharts } from "@/lib/prepare/charts";
import { percentile } from "@/lib/prepare/charts-tools";
import { turnCosts } from "@/lib/prepare/charts-turns";
import { expectedRuns } from "../model/fixture-runs";
import { cents, loadRun, syntheticModel, withoutTiming } from "./charts-fixtures";

const SAMPLE = "log_20260101_040520_734369/turn_1/attempt_1";
const RUNNING = "log_20260104_134201_184641/turn_1/attempt_1";
const withCost = expectedRuns.filter(([, e]) => e.total_cost_usd !== null);
const withoutCost = expectedRuns.filter(([, e]) => e.total_cost_usd === null);
const withEvents = expectedRuns.filter(([, e]) => e.generation === "G5" && e.files["metrics_events_json"] === true);

describe("charts view model on the fixtures", () => {
  it.each(withCost)("%s: totals equal status.json / metrics_summary.json to the cent", async (rel) => {
    const { model, exp } = await loadRun(rel);
    const v = prepareCharts(model);
    expect(v.missing).toBeNull();
    expect(cents(v.totals.costUsd)).toBe(cents(exp.total_cost_usd));
    expect(cents(v.totals.agentCostUsd)).toBe(cents(exp.agent_cost_usd));
    expect(v.totals.inputTokens).toBe(exp.total_input_tokens);
    expect(v.totals.outputTokens).toBe(exp.total_output_tokens);
    for (const [id, a] of Object.entries(exp.per_agent ?? {})) {
      const row = v.tokens.find((t) => t.agentId === id);
      expect(cents(row?.costUsd)).toBe(cents(a.cost_usd));
      expect(row?.inputTokens).toBe(a.input_tokens);
      expect(row?.outputTokens).toBe(a.output_tokens);
      expect(row?.reasoning).toBe(a.reasoning_tokens);
      // the stack adds up to input + output
      const stack = (row?.uncachedInput ?? 0) + (row?.cachedInput ?? 0) + (row?.output ?? 0) + (row?.reasoning ?? 0);
      expect(stack).toBe(a.input_tokens + a.output_tokens);
    }
    const sumAgents = v.tokens.reduce((s, t) => s + (t.costUsd ?? 0), 0);
    expect(cents(sumAgents)).toBe(cents(exp.agent_cost_usd));
    // the cumulative line ends at the run total
    expect(cents(v.cumulative.at(-1)?.costUsd)).toBe(cents(exp.total_cost_usd));
  });

  it.each(withoutCost)("%s: says metrics are missing and names the version, never zeros", async (rel) => {
    const { model } = await loadRun(rel);
    const v = prepareCharts(model);
    expect(v.missing?.kind).toBe("before-v0.1.24");
    expect(v.missing?.message).toContain(model.massgenVersion ?? `${model.generation} log (MassGen v`);
    expect(v.totals.costUsd).toBeNull();
    expect(v.totals.inputTokens).toBeNull();
    expect(v.tokens).toEqual([]);
    expect(v.cumulative).toEqual([]);
    expect(v.tools).toBeNull();
  });

  it("5-agent sample: rounds carry type, outcome and API timing; tool stats match the run's totals", async () => {
    const { model } = await loadRun(SAMPLE);
    const v = prepareCharts(model);
    expect(v.rounds).toHaveLength(32);
    const outcomes = new Set(v.rounds.map((r) => r.outcome));
    for (const o of ["answer", "vote", "presentation", "restarted", "error"]) expect(outcomes).toContain(o);
    expect(v.rounds.every((r) => r.apiTimeMs !== null && r.avgTtftMs !== null && r.durationMs !== null)).toBe(true);
    expect(cents(v.rounds.reduce((s, r) => s + (r.costUsd ?? 0), 0))).toBe(cents(1.071402));
    const tools = v.tools ?? [];
    expect(tools.reduce((s, t) => s + (t.calls ?? 0), 0)).toBe(model.tools?.calls);
    expect(tools.reduce((s, t) => s + (t.failures ?? 0), 0)).toBe(model.tools?.failures);
    expect(tools.every((t) => t.p90Ms !== null && t.avgMs !== null)).toBe(true);
    expect(v.roundBuckets.map((b) => b.round)).toEqual([...new Set(v.rounds.map((r) => r.round))].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });

  it("running run: usage so far, a cumulative line ending at the current total", async () => {
    const { model, exp } = await loadRun(RUNNING);
    const v = prepareCharts(model);
    expect(v.missing).toBeNull();
    expect(cents(v.cumulative.at(-1)?.costUsd)).toBe(cents(exp.total_cost_usd));
    expect(v.tools?.every((t) => t.p90Ms === null)).toBe(true);
  });

  it.each(withEvents)("%s: API time, TTFT and tool p90 come from the model", async (rel) => {
    const { model } = await loadRun(rel);
    const v = prepareCharts(model);
    expect(v.hasDetail).toBe(true);
    expect(v.totals.apiTimeMs).toBeGreaterThan(0);
    expect(v.totals.avgTtftMs).toBeGreaterThan(0);
    expect(v.rounds.length).toBeGreaterThan(0);
    expect(v.rounds.every((r) => r.apiTimeMs !== null && r.apiCalls !== null && r.avgTtftMs !== null && r.cachedInputTokens !== null)).toBe(true);
    expect(model.toolExecutions?.length).toBeGreaterThan(0);
    const timed = new Set(model.toolExecutions?.flatMap((e) => (typeof e.execution_time_ms === "number" && e.tool_name ? [e.tool_name] : [])));
    expect(v.tools?.filter((t) => timed.has(t.name)).every((t) => t.p90Ms !== null)).toBe(true);
    expect(v.tools?.some((t) => t.p90Ms !== null)).toBe(true);
  });

  it("without API timing and tool executions (before v0.1.27), API time and p90 are unknown (null), not 0", async () => {
    const { model } = await loadRun(SAMPLE);
    const v = prepareCharts(withoutTiming(model));
    expect(v.hasDetail).toBe(false);
    expect(v.rounds.every((r) => r.apiTimeMs === null)).toBe(true);
    expect(v.totals.apiTimeMs).toBeNull();
    expect(v.tools?.every((t) => t.p90Ms === null)).toBe(true);
  });

  it("a synthetic 12 agents × 40 rounds run prepares into 40 buckets of 12 agents", async () => {
    const { model } = await loadRun(SAMPLE);
    const v = prepareCharts(syntheticModel(model));
    expect(v.agents).toHaveLength(12);
    expect(new Set(v.agents.map((a) => a.color)).size).toBeGreaterThanOrEqual(10);
    expect(v.roundBuckets).toHaveLength(40);
    expect(Object.keys(v.roundBuckets[39]?.costUsd ?? {})).toHaveLength(12);
    expect(cents(v.cumulative.at(-1)?.costUsd)).toBe(cents(0.48));
  });
});

describe("cost per turn", () => {
  it("sums every attempt of a turn (superseded ones cost money too)", async () => {
    const runs = await Promise.all(["log_20251231_031359_642309/turn_1/attempt_1", "log_20251231_031359_642309/turn_1/attempt_2"].map(loadRun));
    const rows = turnCosts(runs.map((r) => r.model));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.attempts.map((a) => a.attempt)).toEqual([1, 2]);
    expect(cents(rows[0]?.costUsd)).toBe(cents(0.539726 + 0.551608));
  });

  it("one row per turn, in turn order", async () => {
    const rels = [3, 1, 2].map((t) => `log_20251229_013250_406604/turn_${t}/attempt_1`);
    const rows = turnCosts((await Promise.all(rels.map(loadRun))).map((r) => r.model));
    expect(rows.map((r) => [r.label, cents(r.costUsd)])).toEqual([
      ["Turn 1", cents(0.388591)],
      ["Turn 2", cents(0.195003)],
      ["Turn 3", cents(0.269448)],
    ]);
  });

  it("a turn without recorded costs stays null", async () => {
    const { model } = await loadRun("log_20251115_071621_925227/turn_1");
    expect(turnCosts([model])[0]?.costUsd).toBeNull();
  });
});

describe("percentile", () => {
  it("uses the nearest rank", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([], 0.9)).toBeNull();
  });
});
