import { describe, expect, it } from "vitest";
import { buildAttempt } from "@/lib/model/build-attempt";
import { summarizeAttempt } from "@/lib/model/summarize-attempt";
import type { FileEntry, RunSource } from "@/lib/model/types";

/** Hand-made RunSources for the rules the fixture tree does not exercise. */

const text = (t: string): FileEntry => ({ kind: "text", text: t, size: t.length, mtimeMs: 0 });

function source(files: Record<string, string>, over: Partial<RunSource> = {}): RunSource {
  return {
    logName: "log_20260101_000000_000000",
    relPath: "log_20260101_000000_000000/turn_1/attempt_1",
    runDirKind: "attempt",
    turn: 1,
    attempt: 1,
    listing: Object.keys(files),
    files: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, text(v)])),
    hasLaterAttempt: false,
    nowMs: 1_767_000_000_000,
    tzOffsetMinutes: 0,
    ...over,
  };
}

describe("state without status.json (FORMAT.md §5.3)", () => {
  it("is interrupted when no end-of-run file exists either", () => {
    const m = buildAttempt(source({ "execution_metadata.yaml": "query: q\nmassgen_version: 0.1.78\n" }));
    expect(m.state).toBe("interrupted");
    expect(m.stateReason).toMatch(/no status\.json and no end-of-run files/);
    expect(summarizeAttempt(m, "/x")).toMatchObject({ answers: 0, votes: 0, costUsd: null, durationSeconds: null });
  });

  it("pre-v0.1.38: a winner without coordination_events.json is not complete", () => {
    const status = JSON.stringify({ meta: { last_updated: 1_766_999_000, start_time: 1_766_998_900 }, results: { winner: "a" } });
    expect(buildAttempt(source({ "status.json": status })).state).toBe("interrupted");
  });

  it("finish_reason error and timeout win over the clock", () => {
    const st = (fr: string) => JSON.stringify({ finish_reason: fr, is_complete: true, meta: { last_updated: 1 } });
    expect(buildAttempt(source({ "status.json": st("error") })).state).toBe("error");
    expect(buildAttempt(source({ "status.json": st("timeout") })).state).toBe("timeout");
  });
});

describe("layout and sources", () => {
  it("a dir with only agent_outputs/ is G0", () => {
    const m = buildAttempt(source({ "agent_outputs/a.txt": "=== A OUTPUT LOG ===\n" }, { runDirKind: "log", turn: null, attempt: null }));
    expect(m.generation).toBe("G0");
  });

  it("takes the final answer from turn_N/final/ when the attempt's own copy is missing (§1.7)", () => {
    const m = buildAttempt(
      source(
        { "status.json": JSON.stringify({ results: { winner: "b" } }) },
        { turnFinalFiles: { "final/b/answer.txt": text("the answer") } },
      ),
    );
    expect(m.finalAnswer).toMatchObject({ agentId: "b", text: "the answer", file: "../final/b/answer.txt" });
  });

  it("rolls subagent costs into the parent when metrics_summary.json is not written yet", () => {
    const child = source({ "status.json": JSON.stringify({ costs: { total_estimated_cost: 0.25 } }) });
    const parent = source({ "status.json": JSON.stringify({ costs: { total_estimated_cost: 1 } }) }, { subagents: [{ id: "sa1", source: child }] });
    const m = buildAttempt(parent);
    expect({ cost: m.costUsd, agents: m.agentCostUsd, subagents: m.subagentCostUsd }).toEqual({ cost: 1.25, agents: 1, subagents: 0.25 });
    expect(m.subagents).toMatchObject([{ id: "sa1", costUsd: 0.25 }]);
  });

  it("votes without any vote.json content still count (summary mode of a live run)", () => {
    const m = buildAttempt(source({ "a/20260101_000001_000000/vote.json": "" }, { files: {} }));
    expect(m.votes).toMatchObject([{ voterId: "a", targetAgentId: null, reasonKnown: false, snapshotDir: "a/20260101_000001_000000" }]);
  });
});
