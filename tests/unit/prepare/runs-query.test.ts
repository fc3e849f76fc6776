import { describe, expect, it } from "vitest";
import { DEFAULT_SORT, filterRuns, isFiltered, parseRunsQuery, serializeRunsQuery } from "@/lib/prepare/runs-query";
import { sortRuns } from "@/lib/prepare/runs-sort";
import { prepareRunsTable } from "@/lib/prepare/runs-table";
import { attempt, log, turn } from "./fixtures";

const q = (s: string) => parseRunsQuery(new URLSearchParams(s));

describe("runs query in the URL", () => {
  it("round-trips every field", () => {
    const s = "q=dylan+bio&state=running%2Cerror&analyzed=no&agent=agent_a&model=gpt-5&sort=cost.asc";
    const query = q(s);
    expect(query).toEqual({
      q: "dylan bio",
      states: ["running", "error"],
      analyzed: "no",
      agents: ["agent_a"],
      models: ["gpt-5"],
      sort: { key: "cost", desc: false },
    });
    expect(parseRunsQuery(new URLSearchParams(serializeRunsQuery(query)))).toEqual(query);
  });

  it("drops unknown values and omits defaults", () => {
    const query = q("state=bogus,complete&analyzed=maybe&sort=nope.asc");
    expect(query.states).toEqual(["complete"]);
    expect(query.analyzed).toBe("all");
    expect(query.sort).toEqual(DEFAULT_SORT);
    expect(serializeRunsQuery(q(""))).toBe("");
    expect(isFiltered(q(""))).toBe(false);
    expect(isFiltered(q("q=x"))).toBe(true);
  });
});

describe("filterRuns / sortRuns", () => {
  const rows = prepareRunsTable([
    log({
      id: "log_b",
      name: "log_b",
      turns: [
        turn({ turn: 1, analyzed: true, attempts: [attempt({ question: "Bio of Bob Dylan", costUsd: 0.5, startedAt: 200 })] }),
        turn({
          turn: 2,
          attempts: [
            attempt({ question: "Fix the parser", state: "running", costUsd: null, agents: ["gpt5nano_1"], models: { gpt5nano_1: "gpt-5-nano" }, startedAt: 300 }),
          ],
        }),
      ],
    }),
    log({ id: "log_a", name: "log_a", turns: [turn({ attempts: [attempt({ question: "Haiku", costUsd: 0.1, startedAt: 100 })] })] }),
  ]);
  const ids = (rs: typeof rows) => rs.map((r) => r.question);

  it("searches question and agent ids, all terms required", () => {
    expect(ids(filterRuns(rows, q("q=dylan")))).toEqual(["Bio of Bob Dylan"]);
    expect(ids(filterRuns(rows, q("q=GPT5NANO")))).toEqual(["Fix the parser"]);
    expect(ids(filterRuns(rows, q("q=bob haiku")))).toEqual([]);
  });

  it("filters by state, analyzed and agent/model (OR within the facet)", () => {
    expect(ids(filterRuns(rows, q("state=running")))).toEqual(["Fix the parser"]);
    expect(ids(filterRuns(rows, q("analyzed=yes")))).toEqual(["Bio of Bob Dylan"]);
    expect(ids(filterRuns(rows, q("analyzed=no")))).toEqual(["Fix the parser", "Haiku"]);
    expect(ids(filterRuns(rows, q("model=gpt-5-nano")))).toEqual(["Bio of Bob Dylan", "Fix the parser", "Haiku"]);
    expect(ids(filterRuns(rows, q("agent=gpt5nano_1")))).toEqual(["Fix the parser"]);
  });

  it("sorts with nulls last in both directions", () => {
    expect(ids(sortRuns(rows, { key: "cost", desc: true }))).toEqual(["Bio of Bob Dylan", "Haiku", "Fix the parser"]);
    expect(ids(sortRuns(rows, { key: "cost", desc: false }))).toEqual(["Haiku", "Bio of Bob Dylan", "Fix the parser"]);
    expect(ids(sortRuns(rows, DEFAULT_SORT))).toEqual(["Fix the parser", "Bio of Bob Dylan", "Haiku"]);
    expect(ids(sortRuns(rows, { key: "state", desc: false }))[0]).toBe("Fix the parser");
  });
});
