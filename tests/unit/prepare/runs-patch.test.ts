import { describe, expect, it } from "vitest";
import { patchRuns } from "@/lib/prepare/runs-patch";
import { expandRunsWire, prepareRunsTable, prepareRunsWire } from "@/lib/prepare/runs-table";
import { attempt, log, turn } from "./fixtures";

const a = log({ id: "log_a", name: "log_a", turns: [turn({ turn: 1, attempts: [attempt({ state: "running", winner: null })] })] });
const b = log({ id: "log_b", name: "log_b", turns: [turn({ turn: 1 }), turn({ turn: 2 })] });
const c = log({ id: "log_c", name: "log_c" });

describe("patchRuns (live list rows, issue 5)", () => {
  const rows = prepareRunsTable([a, b, c]);

  it("replaces every row of a changed log with the log's rows now, from the /api/rows wire", () => {
    const done = log({ ...a, turns: [turn({ turn: 1, attempts: [attempt({ state: "complete", winner: "agent_b" })] }), turn({ turn: 2 })] });
    const fresh = expandRunsWire(JSON.parse(JSON.stringify(prepareRunsWire([done]))));
    const next = patchRuns(rows, ["log_a"], fresh);
    expect(next.filter((r) => r.logId === "log_a").map((r) => [r.turn, r.state, r.winner])).toEqual([
      [1, "complete", "agent_b"],
      [2, "complete", "agent_b"],
    ]);
    // other logs' rows are the same objects: memoized work downstream is kept
    expect(next.filter((r) => r.logId !== "log_a")).toEqual(rows.filter((r) => r.logId !== "log_a"));
    expect(next.find((r) => r.logId === "log_c")).toBe(rows.find((r) => r.logId === "log_c"));
  });

  it("adds a new log and drops a deleted one (no rows came back for it)", () => {
    const d = log({ id: "log_d", name: "log_d" });
    const next = patchRuns(rows, ["log_d", "log_b"], prepareRunsTable([d]));
    expect([...new Set(next.map((r) => r.logId))].sort()).toEqual(["log_a", "log_c", "log_d"]);
  });

  it("ignores rows of logs it was not asked about", () => {
    expect(patchRuns(rows, ["log_a"], prepareRunsTable([log({ id: "log_x", name: "log_x" })])).some((r) => r.logId === "log_x")).toBe(false);
  });
});
