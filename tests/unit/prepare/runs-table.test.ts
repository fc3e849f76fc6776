import { describe, expect, it } from "vitest";
import { expandRunsWire, prepareRunsTable, prepareRunsWire } from "@/lib/prepare/runs-table";
import { prepareRunsFacets } from "@/lib/prepare/runs-facets";
import { attempt, log, turn } from "./fixtures";

describe("prepareRunsTable", () => {
  it("makes one row per turn, linking to its latest attempt", () => {
    const rows = prepareRunsTable([
      log({
        turns: [
          turn({ turn: 1, attempts: [attempt({ attempt: 1, state: "error", costUsd: 0.01 }), attempt({ attempt: 2, costUsd: 0.02 })] }),
          turn({ turn: 2, analyzed: true, attempts: [attempt({ attempt: 1, state: "running", winner: null })] }),
        ],
      }),
    ]);
    expect(rows).toHaveLength(2);
    const [t1, t2] = rows;
    expect(t1?.href).toBe("/runs/log_20251105_074751_835636/turn/1/attempt/2");
    expect(t1?.attempts.map((a) => [a.attempt, a.state, a.href])).toEqual([
      [1, "error", "/runs/log_20251105_074751_835636/turn/1/attempt/1"],
      [2, "complete", "/runs/log_20251105_074751_835636/turn/1/attempt/2"],
    ]);
    // the latest attempt decides the state; cost covers every attempt
    expect(t1?.state).toBe("complete");
    expect(t1?.costUsd).toBeCloseTo(0.03);
    expect(t1?.tokens).toBe(2 * 12_300);
    expect(t1?.durationSeconds).toBe(302);
    expect(t2).toMatchObject({ turn: 2, state: "running", winner: null, analyzed: true });
  });

  it("keeps unrecorded values null", () => {
    const [row] = prepareRunsTable([
      log({
        generation: "G1",
        turns: [
          turn({
            turn: null,
            attempts: [
              attempt({ attempt: null, costUsd: null, inputTokens: null, outputTokens: null, durationSeconds: null, models: {} }),
            ],
          }),
        ],
      }),
    ]);
    expect(row).toMatchObject({ costUsd: null, tokens: null, durationSeconds: null, models: [], turn: null });
    expect(row?.href).toBe("/runs/log_20251105_074751_835636");
    expect(row?.agents.map((a) => [a.id, a.model])).toEqual([
      ["agent_a", null],
      ["agent_b", null],
    ]);
  });

  it("falls back to the log dir time, and searches question, agents and models", () => {
    const [row] = prepareRunsTable([log({ turns: [turn({ attempts: [attempt({ startedAt: null })] })] })]);
    expect(row?.startedAt).toBe(1_762_329_000);
    expect(row?.searchText).toContain("what is 2+2?");
    expect(row?.searchText).toContain("agent_a");
    expect(row?.searchText).toContain("claude-sonnet-4");
  });

  it("skips turns without attempts and counts parse issues", () => {
    const rows = prepareRunsTable([
      log({
        turns: [
          turn({ turn: 1, attempts: [] }),
          turn({ turn: 2, attempts: [attempt({ parseIssues: [{ file: "status.json", message: "truncated" }] })] }),
        ],
      }),
    ]);
    expect(rows.map((r) => [r.turn, r.parseIssueCount])).toEqual([[2, 1]]);
  });

  it("prepares facets with counts and every state listed", () => {
    const rows = prepareRunsTable([
      log({ turns: [turn({ turn: 1 }), turn({ turn: 2, analyzed: true, attempts: [attempt({ state: "running" })] })] }),
    ]);
    const facets = prepareRunsFacets(rows);
    expect(facets.states.map((s) => [s.value, s.count])).toEqual([
      ["running", 1],
      ["complete", 1],
      ["error", 0],
      ["timeout", 0],
      ["interrupted", 0],
    ]);
    expect(facets.agents.map((a) => [a.value, a.count])).toEqual([
      ["agent_a", 2],
      ["agent_b", 2],
    ]);
    expect(facets.models.map((m) => m.value)).toEqual(["claude-sonnet-4", "gpt-5-nano"]);
    expect(facets.analyzed).toEqual({ analyzed: 1, unanalyzed: 1 });
  });

  it("sends each agent/model pair once and only facts; the browser derives the rest", () => {
    const logs = [
      log({ turns: [turn({ turn: 1 }), turn({ turn: 2, attempts: [attempt({ attempt: 1, state: "error" }), attempt({ attempt: 2 })] })] }),
      log({ id: "log_b~2", name: "log_b", turns: [turn({ turn: 1 })] }),
    ];
    const wire = prepareRunsWire(logs);
    expect(wire.agents).toEqual([
      ["agent_a", "gpt-5-nano"],
      ["agent_b", "claude-sonnet-4"],
    ]);
    expect(wire.rows.map((r) => [r[0], r[1], r[5], r[11]])).toEqual([
      ["log_20251105_074751_835636", 0, [0, 1], [[1, "complete"]]],
      ["log_20251105_074751_835636", 0, [0, 1], [[1, "error"], [2, "complete"]]],
      ["log_b~2", "log_b", [0, 1], [[1, "complete"]]],
    ]);
    expect(JSON.stringify(wire)).not.toMatch(/href|searchText|startedLabel|solid/);
    const rows = expandRunsWire(JSON.parse(JSON.stringify(wire)));
    expect(rows).toEqual(prepareRunsTable(logs));
    expect(rows[2]).toMatchObject({ key: "log_b~2#1", logName: "log_b", href: "/runs/log_b~2/turn/1/attempt/1" });
  });
});

describe("a turn whose run could not be read", () => {
  it("carries the reason to the list row", () => {
    const issue = { file: "log_x/turn_1/attempt_1", message: "run could not be read: permission denied" };
    const [row] = expandRunsWire(prepareRunsWire([log({ turns: [turn({ attempts: [attempt({ state: "error", question: null, parseIssues: [issue] })] })] })]));
    expect(row).toMatchObject({ state: "error", question: null, parseIssueCount: 1, firstIssue: "log_x/turn_1/attempt_1: run could not be read: permission denied" });
    const [clean] = prepareRunsTable([log()]);
    expect(clean?.firstIssue).toBeNull();
  });
});
