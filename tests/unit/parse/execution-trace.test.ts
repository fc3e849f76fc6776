import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseExecutionTrace } from "@/lib/parse/execution-trace";
import { FIXTURES, readFixture } from "./fixtures";

const REAL_PATH = "real/prithvitm-pptx-quantum-maze-2026-02-24/temp_workspaces/agent_c/agent3/execution_trace.md";
const REAL = readFileSync(join(FIXTURES, REAL_PATH), "utf8");

describe("real execution_trace.md (≈v0.1.5x)", () => {
  const { value, issues } = parseExecutionTrace(REAL, REAL_PATH);
  it("parses header and block sequence", () => {
    expect(issues).toEqual([]);
    expect(value?.agentId).toBe("agent_c");
    expect(value?.model).toBe("gpt-5.2");
    expect(value?.started).toBe("2026-02-24 18:16:53");
    expect(value?.blocks.map((b) => [b.kind, b.name ?? null])).toEqual([
      ["reasoning", null],
      ["tool_call", "mcp__command_line__execute_command"],
      ["tool_call", "mcp__command_line__execute_command"],
      ["tool_result", "mcp__command_line__execute_command"],
      ["tool_result", "mcp__command_line__execute_command"],
      ["reasoning", null],
      ["tool_call", "vote"],
      ["vote_cast", null],
    ]);
    expect(value?.errors).toEqual([]);
  });

  it("parses ASCII-escaped args and keeps the raw text", () => {
    const call = value!.blocks[1]!;
    expect((call.args as { command: string }).command.startsWith("ls -ლა /Users/tmprithvi")).toBe(true);
    expect(call.argsText).toContain("ls -\\u10da\\u10d0");
    expect(value!.blocks[6]!.args).toMatchObject({ agent_id: "agent3" });
  });

  it("returns the fenced tool output without the fence", () => {
    const result = value!.blocks[3]!;
    expect(result.body.startsWith('{"success":false,"exit_code":-1')).toBe(true);
    expect(result.body).toContain("ls -ლა");
    expect(result.body).not.toContain("```");
  });

  it("parses the vote", () => {
    expect(value!.blocks[7]!.vote).toEqual({
      label: "agent3.1",
      availableOptions: ["agent2.2", "agent3.1", "agent1.1"],
      votedFor: "agent3.1",
      reason: expect.stringMatching(/^Verified via python-pptx inspection that agent3’s PPTX has 10 slides.*misses a key requirement\.$/),
    });
  });

  it("block offsets cover the file in order", () => {
    const blocks = value!.blocks;
    expect(REAL.slice(blocks[0]!.start).startsWith("### Reasoning\n")).toBe(true);
    for (const b of blocks) {
      expect(REAL.slice(b.start, b.bodyStart)).toBe(`### ${b.heading}\n`);
      expect(REAL.slice(b.bodyStart, b.end).trim().length).toBeGreaterThan(0);
    }
    for (let i = 1; i < blocks.length; i++) expect(blocks[i]!.start).toBeGreaterThanOrEqual(blocks[i - 1]!.end);
    expect(blocks.at(-1)!.end).toBe(REAL.trimEnd().length);
  });
});

describe("generated trace with ## Errors", () => {
  const rel = "log_20251231_031359_642309/turn_1/attempt_2/agent_a/20251231_031658_948329/execution_trace.md";
  const text = readFixture(rel);
  const { value } = parseExecutionTrace(text, rel);
  it("reads tool errors and the error list; drops the --- rule", () => {
    expect(value?.blocks.filter((b) => b.kind === "tool_error").map((b) => b.body)).toEqual(["Error executing tool: timeout after 60s"]);
    expect(value?.errors).toEqual([
      { time: "03:16:44", tool: "mcp__command_line__execute_command", message: "Error executing tool: timeout after 60s", offset: expect.any(Number) },
    ]);
    const last = value!.blocks.at(-1)!;
    expect(last.kind).toBe("tool_call");
    expect(last.name).toBe("new_answer");
    expect(text.slice(last.start, last.end)).not.toContain("---");
    expect(value?.blocks.find((b) => b.kind === "content")?.body.startsWith("# Design a 3-day itinerary")).toBe(true);
  });
});

const SYNTH = [
  "# Execution Trace: agent_a",
  "**Model**: gpt-5 | **Started**: 2026-03-09 12:00:00",
  "",
  "### Injected Context: MEMORY.md",
  "remember this",
  "",
  "## Round 2 (Answer agent1.2)",
  "",
  "### Reasoning",
  "### Step 1 (the model's own heading)",
  "thinking",
  "",
  "### Tool Result: read_file",
  "```",
  "# a markdown file",
  "### Tool Call: fake_inside_fence",
  "```",
  "",
  "### Tool Result: odd_fences",
  "```",
  "```python",
  "x = 1",
  "```",
  "tail",
  "```",
  "",
  "### Tool Call: after_odd",
  "**Args**:",
  "```json",
  "{not json",
  "```",
  "",
  "### Hook Output: something new",
  "payload",
  "",
  "### Answer Submitted (agent1.3)",
  "the answer",
  "",
  "---",
  "",
  "## Errors",
  "",
  "- [12:00:01] **Tool Error: a** - first line",
  "  second line",
  "- [12:00:02] **Tool Error: b** - x",
  "",
].join("\n");

describe("synthetic trace: every block kind, fences, recovery", () => {
  const { value, issues } = parseExecutionTrace(SYNTH, "t.md");
  it("kinds and names", () => {
    expect(value?.blocks.map((b) => [b.kind, b.name ?? null])).toEqual([
      ["injected_context", "MEMORY.md"],
      ["round", "agent1.2"],
      ["reasoning", null],
      ["tool_result", "read_file"],
      ["tool_result", "odd_fences"],
      ["tool_call", "after_odd"],
      ["unknown", null],
      ["answer_submitted", "agent1.3"],
    ]);
    expect(value?.blocks[1]?.round).toBe(2);
  });
  it("headings inside fences and inside reasoning stay text", () => {
    expect(value?.blocks[2]?.body).toBe("### Step 1 (the model's own heading)\nthinking");
    expect(value?.blocks[3]?.body).toBe("# a markdown file\n### Tool Call: fake_inside_fence");
    expect(value?.blocks[4]?.body).toBe("```python\nx = 1\n```\ntail");
  });
  it("bad args and the errors list", () => {
    expect(value?.blocks[5]?.args).toBeNull();
    expect(value?.blocks[5]?.argsText).toBe("{not json");
    expect(issues).toEqual([{ file: "t.md", message: expect.stringMatching(/^tool call args at char \d+ are not valid JSON$/) }]);
    expect(value?.blocks[6]?.heading).toBe("Hook Output: something new");
    expect(value?.blocks[7]?.body).toBe("the answer");
    expect(value?.errors.map((e) => [e.tool, e.message])).toEqual([
      ["a", "first line\n  second line"],
      ["b", "x"],
    ]);
  });
});

describe("robustness", () => {
  it("flags a file cut inside a fence and a missing header", () => {
    const r = parseExecutionTrace("### Tool Result: x\n```\npartial", "t");
    expect(r.value?.blocks).toHaveLength(1);
    expect(r.issues.map((i) => i.message)).toEqual(["no '# Execution Trace:' header", "file ends inside a code fence (truncated?)"]);
  });

  it("is linear on a 10 MB trace", () => {
    const unit = `### Tool Call: t\n**Args**:\n\`\`\`json\n{"a": 1}\n\`\`\`\n\n### Tool Result: t\n\`\`\`\n${"x".repeat(200)}\n\`\`\`\n\n### Reasoning\n${"word ".repeat(40)}\n\n`;
    const big = `# Execution Trace: a\n**Model**: m | **Started**: 2026-01-01 00:00:00\n\n${unit.repeat(Math.ceil(10_000_000 / unit.length))}`;
    const oneLine = `# Execution Trace: a\n\n### Tool Result: t\n\`\`\`\n${"y".repeat(10_000_000)}\n\`\`\`\n`;
    const t0 = performance.now();
    const r = parseExecutionTrace(big, "big");
    const r2 = parseExecutionTrace(oneLine, "one");
    const ms = performance.now() - t0;
    expect(r.value?.blocks.length).toBe(Math.ceil(10_000_000 / unit.length) * 3);
    expect(r2.value?.blocks[0]?.body.length).toBe(10_000_000);
    expect(ms).toBeLessThan(5000);
  });
});
