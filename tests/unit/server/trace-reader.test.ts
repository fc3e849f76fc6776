import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseExecutionTrace } from "@/lib/parse/execution-trace";
import { getTraceOutline, listTraceFiles, PART_BYTES, readBlockPart, searchTrace } from "@/lib/server/trace-reader";
import { FIXTURE_ROOT } from "./helpers";

const BROKEN_ROOT = path.resolve(__dirname, "../../fixtures/broken");
const RUN = "log_20251225_204406_076604/turn_1/attempt_1";

function tracesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...tracesUnder(p));
    else if (e === "execution_trace.md") out.push(p);
  }
  return out;
}

/** The parser's block spans converted to byte offsets (the reader speaks bytes). */
function parserSpans(text: string) {
  // offsets only grow, so convert incrementally (a fresh byteLength per offset is quadratic)
  let atChar = 0;
  let atByte = 0;
  const bytes = (i: number) => {
    atByte += Buffer.byteLength(text.slice(atChar, i));
    atChar = i;
    return atByte;
  };
  const blocks = parseExecutionTrace(text, "t").value?.blocks ?? [];
  return blocks.map((b) => ({ kind: b.kind, start: bytes(b.start), end: bytes(b.end) }));
}

describe("listTraceFiles", () => {
  it("lists every snapshot trace and the final one, classified", async () => {
    const files = await listTraceFiles(FIXTURE_ROOT, RUN);
    expect(files).toHaveLength(14);
    expect(files.filter((f) => f.kind === "final").map((f) => f.path)).toEqual(["final/agent_c/execution_trace.md"]);
    const b = files.filter((f) => f.agentId === "agent_b").map((f) => [f.ts, f.kind]);
    expect(b).toEqual([
      ["20251225_204446_563111", "answer"],
      ["20251225_204519_657010", "vote"],
      ["20251225_204620_175686", "answer"],
      ["20251225_204634_076876", "vote"],
    ]);
    // subagent runs are separate runs
    expect(files.some((f) => f.path.includes("subagents"))).toBe(false);
  });

  it("returns nothing for a run outside the root", async () => {
    expect(await listTraceFiles(FIXTURE_ROOT, "../..")).toEqual([]);
  });
});

describe("getTraceOutline", () => {
  it("agrees with parseExecutionTrace block for block on every fixture trace", async () => {
    const all = [...tracesUnder(FIXTURE_ROOT), ...tracesUnder(BROKEN_ROOT)];
    expect(all.length).toBeGreaterThan(40);
    for (const abs of all) {
      const root = path.dirname(abs);
      const outline = await getTraceOutline(root, ".", "execution_trace.md");
      const spans = outline.blocks.filter((b) => b.kind !== "error_list").map(({ kind, start, end }) => ({ kind, start, end }));
      expect(spans, abs).toEqual(parserSpans(readFileSync(abs, "utf8")));
    }
  });

  it("describes blocks: header, tool names, failures, votes", async () => {
    const o = await getTraceOutline(FIXTURE_ROOT, RUN, "agent_b/20251225_204446_563111/execution_trace.md");
    expect(o.agentId).toBe("agent_b");
    expect(o.model).toBe("gemini-2.5-flash");
    expect(o.blocks.map((b) => b.kind).slice(0, 3)).toEqual(["reasoning", "tool_call", "tool_result"]);
    expect(o.blocks[1]?.name).toBe("mcp__filesystem__list_directory");
    expect(o.blocks.some((b) => b.error)).toBe(false);
    const vote = await getTraceOutline(FIXTURE_ROOT, RUN, "agent_b/20251225_204519_657010/execution_trace.md");
    expect(vote.blocks.find((b) => b.kind === "vote_cast")?.votedFor).toMatch(/^agent\d\.\d$/);
  });

  it("refuses paths that are not traces or leave the root", async () => {
    await expect(getTraceOutline(FIXTURE_ROOT, RUN, "status.json")).rejects.toMatchObject({ status: 400 });
    await expect(getTraceOutline(FIXTURE_ROOT, RUN, "../../../../etc/execution_trace.md")).rejects.toMatchObject({ status: 404 });
    await expect(getTraceOutline(FIXTURE_ROOT, RUN, "nope/execution_trace.md")).rejects.toMatchObject({ status: 404 });
  });
});

describe("a 10 MB trace", () => {
  let dir = "";
  let text = "";
  const BIG_RESULT = 3 * 1024 * 1024;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "mgd-trace-"));
    const parts = ["# Execution Trace: agent_a\n**Model**: m | **Started**: 2026-01-01 10:00:00\n"];
    parts.push(`\n### Tool Result: huge\n\`\`\`\n${"ä".repeat(BIG_RESULT / 2)}\n\`\`\`\n`);
    let i = 0;
    while (parts.reduce((n, p) => n + p.length, 0) < 10 * 1024 * 1024) {
      i++;
      parts.push(`\n### Reasoning\nStep ${i}: thinking about needle-${i % 50 === 0 ? "x" : "y"} ${"lorem ipsum ".repeat(30)}\n`);
      parts.push(`\n### Tool Call: run\n**Args**:\n\`\`\`json\n{\n  "n": ${i}\n}\n\`\`\`\n`);
      const ok = i % 97 !== 0;
      parts.push(`\n### Tool Result: run\n\`\`\`\n{"success":${ok},"stdout":"${"x".repeat(800)}"}\n\`\`\`\n`);
    }
    parts.push("\n### Vote Cast: agent1.1\n**Available options**: agent1.1\n**Voted for**: agent1.1\n**Reason**: best\n");
    text = parts.join("");
    writeFileSync(path.join(dir, "execution_trace.md"), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is outlined block for block like the parser", async () => {
    const outline = await getTraceOutline(dir, ".", "execution_trace.md");
    expect(outline.size).toBeGreaterThan(10 * 1024 * 1024);
    expect(outline.blocks.map(({ kind, start, end }) => ({ kind, start, end }))).toEqual(parserSpans(text));
    const failed = outline.blocks.filter((b) => b.error);
    expect(failed.length).toBe(Math.floor((outline.blocks.length - 2) / 3 / 97));
    expect(outline.blocks.at(-1)).toMatchObject({ kind: "vote_cast", votedFor: "agent1.1" });
  });

  it("serves a big block in UTF-8-safe parts that add up to the block", async () => {
    const outline = await getTraceOutline(dir, ".", "execution_trace.md");
    const big = outline.blocks[0]!;
    expect(big.end - big.start).toBeGreaterThan(PART_BYTES);
    let offset: number | null = 0;
    const texts: string[] = [];
    while (offset !== null) {
      const part = await readBlockPart(dir, ".", "execution_trace.md", 0, offset);
      expect(part.detail).toBeNull();
      expect(Buffer.byteLength(part.text)).toBeLessThanOrEqual(PART_BYTES);
      expect(part.text).not.toContain("\uFFFD");
      texts.push(part.text);
      offset = part.nextOffset;
    }
    expect(Buffer.from(texts.join("")).equals(Buffer.from(text).subarray(big.start, big.end))).toBe(true);
  });

  it("serves a small block whole with its detail", async () => {
    const part = await readBlockPart(dir, ".", "execution_trace.md", 2, 0);
    expect(part.nextOffset).toBeNull();
    expect(part.detail).toEqual({ kind: "tool_call", name: "run", args: '{\n  "n": 1\n}', argsValid: true });
  });

  it("searches the whole file and maps matches to blocks", async () => {
    const outline = await getTraceOutline(dir, ".", "execution_trace.md");
    const res = await searchTrace(dir, ".", "execution_trace.md", "NEEDLE-X");
    const expected = outline.blocks.filter((b) => b.kind === "reasoning" && /needle-x/.test(b.preview)).map((b) => b.index);
    expect(res.hits.map((h) => h.block)).toEqual(expected);
    expect(res.total).toBe(expected.length);
    expect(res.truncated).toBe(false);
  });
});

describe("bounded memory", () => {
  it("outlines a 10 MB trace of a few huge tool results without holding it", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mgd-trace-"));
    try {
      const line = `${"y".repeat(1023)}\n`;
      const result = `\n### Tool Result: big\n\`\`\`\n${line.repeat(2048)}\`\`\`\n`;
      writeFileSync(path.join(dir, "execution_trace.md"), `# Execution Trace: a\n**Model**: m\n${result.repeat(5)}`);
      const before = process.memoryUsage().heapUsed;
      const outline = await getTraceOutline(dir, ".", "execution_trace.md");
      const grown = process.memoryUsage().heapUsed - before;
      expect(outline.size).toBeGreaterThan(10 * 1024 * 1024);
      expect(outline.blocks).toHaveLength(5);
      // reading it whole would hold a 10 MB string (plus a copy of every body)
      expect(grown).toBeLessThan(3 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
