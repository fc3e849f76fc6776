import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { blockDetail, resultFailed, summarizeBlock } from "@/lib/prepare/trace-block";
import { errorIndexes, groupTraceFiles, nextAfter, prevBefore, snapshotTime, traceRows, type TraceOutline } from "@/lib/prepare/trace";

const TRACE = path.resolve(__dirname, "../../fixtures/logs/log_20251225_204406_076604/turn_1/attempt_1/agent_b/20251225_204446_563111/execution_trace.md");

describe("blockDetail", () => {
  const text = readFileSync(TRACE, "utf8");
  const slice = (heading: string) => {
    const at = text.indexOf(heading);
    const next = text.indexOf("\n### ", at + 1);
    return text.slice(at, next < 0 ? undefined : next);
  };

  it("pretty-prints tool call args", () => {
    expect(blockDetail("tool_call", slice("### Tool Call: mcp__command_line__execute_command"))).toEqual({
      kind: "tool_call",
      name: "mcp__command_line__execute_command",
      args: JSON.stringify({ command: "ls -la", timeout: 60, work_dir: null }, null, 2),
      argsValid: true,
    });
  });

  it("unwraps tool results from their fence", () => {
    const d = blockDetail("tool_result", slice("### Tool Result: mcp__filesystem__list_directory"));
    expect(d).toEqual({ kind: "tool_result", name: "mcp__filesystem__list_directory", text: "[FILE] tests/test_dedup.py\n[DIR] tasks", failed: false });
  });

  it("keeps reasoning as (markdown) text", () => {
    const d = blockDetail("reasoning", slice("### Reasoning"));
    expect(d).toMatchObject({ kind: "text", markdown: true });
    expect(d.kind === "text" && d.text.startsWith("**Checking requirements**")).toBe(true);
  });

  it("reads vote casts and the errors list", () => {
    const vote = "### Vote Cast: agent3.1\n**Available options**: agent2.2, agent3.1\n**Voted for**: agent3.1\n**Reason**: Verified <script>x</script>";
    expect(blockDetail("vote_cast", vote)).toEqual({
      kind: "vote",
      label: "agent3.1",
      votedFor: "agent3.1",
      options: ["agent2.2", "agent3.1"],
      reason: "Verified <script>x</script>",
    });
    const errors = "## Errors\n\n- [10:00:01] **Tool Error: run** - boom\n- [10:00:02] **Tool Error: ls** - nope";
    expect(blockDetail("error_list", errors)).toEqual({
      kind: "errors",
      items: [
        { time: "10:00:01", tool: "run", message: "boom" },
        { time: "10:00:02", tool: "ls", message: "nope" },
      ],
    });
  });
});

describe("failures", () => {
  it("flags success:false and is_error results, not successful ones", () => {
    expect(resultFailed('{"success":false,"stderr":"x"}', true)).toBe(true);
    expect(resultFailed('{"is_error": true}', true)).toBe(true);
    expect(resultFailed('{"success":true}', true)).toBe(false);
    expect(resultFailed("plain text success: false", true)).toBe(false);
    // only the head of a huge result is known
    expect(resultFailed('{"success": false, "stdout": "aaaa', false)).toBe(true);
  });

  it("marks tool errors and failed results in the outline summary", () => {
    expect(summarizeBlock("tool_error", "### Tool Error: run\n```\nboom\n```", true).error).toBe(true);
    const failed = summarizeBlock("tool_result", '### Tool Result: run\n```\n{"success":false,"stderr":"bad"}\n```', true);
    expect(failed).toMatchObject({ name: "run", error: true, preview: '{"success":false,"stderr":"bad"}' });
    expect(summarizeBlock("vote_cast", "### Vote Cast: a1.1\n**Voted for**: agent1.1\n**Reason**: good", true)).toMatchObject({ votedFor: "agent1.1", preview: "good" });
  });
});

const outline: TraceOutline = {
  file: "agent_a/20260101_100000_000001/execution_trace.md",
  size: 100,
  mtimeMs: 0,
  agentId: "agent_a",
  model: "m",
  started: null,
  issues: [],
  blocks: [
    { index: 0, kind: "reasoning", title: "Reasoning", name: null, start: 0, end: 10, error: false, preview: "hm", votedFor: null },
    { index: 1, kind: "tool_result", title: "Tool Result: run", name: "run", start: 10, end: 20, error: true, preview: "{}", votedFor: null },
    { index: 2, kind: "tool_error", title: "Tool Error: run", name: "run", start: 20, end: 30, error: true, preview: "x", votedFor: null },
    { index: 3, kind: "vote_cast", title: "Vote Cast: a", name: "a", start: 30, end: 40, error: false, preview: "r", votedFor: "agent1.1" },
  ],
};

describe("traceRows and navigation", () => {
  it("labels rows, colours failures and collapses reasoning", () => {
    const rows = traceRows(outline);
    expect(rows.map((r) => [r.label, r.tone, r.subject, r.collapsedByDefault])).toEqual([
      ["Reasoning", "neutral", null, true],
      ["Tool result", "bad", "run", false],
      ["Tool error", "bad", "run", false],
      ["Vote cast", "live", "→ agent1.1", false],
    ]);
  });

  it("jumps to the next and previous error, wrapping round", () => {
    const errs = errorIndexes(outline);
    expect(errs).toEqual([1, 2]);
    expect(nextAfter(errs, -1)).toBe(1);
    expect(nextAfter(errs, 1)).toBe(2);
    expect(nextAfter(errs, 2)).toBe(1);
    expect(prevBefore(errs, 1)).toBe(2);
    expect(nextAfter([], 0)).toBeNull();
  });
});

describe("groupTraceFiles", () => {
  it("groups by agent, in time order, final last", () => {
    const groups = groupTraceFiles([
      { path: "final/agent_b/execution_trace.md", agentId: "agent_b", ts: null, kind: "final", size: 1 },
      { path: "agent_b/20251225_204519_657010/execution_trace.md", agentId: "agent_b", ts: "20251225_204519_657010", kind: "vote", size: 1 },
      { path: "agent_a/20251225_204434_629759/execution_trace.md", agentId: "agent_a", ts: "20251225_204434_629759", kind: "answer", size: 1 },
      { path: "agent_b/20251225_204446_563111/execution_trace.md", agentId: "agent_b", ts: "20251225_204446_563111", kind: "answer", size: 1 },
    ]);
    expect(groups.map((g) => [g.agentId, g.files.map((f) => f.time ?? f.label)])).toEqual([
      ["agent_a", ["20:44:34"]],
      ["agent_b", ["20:44:46", "20:45:19", "final"]],
    ]);
    expect(snapshotTime("nope")).toBeNull();
  });
});
