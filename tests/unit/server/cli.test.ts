import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "@/lib/cli/main";
import { runList } from "@/lib/cli/list-command";
import expected from "../../fixtures/expected.json";
import { FIXTURE_ROOT } from "./helpers";

function captureStderr() {
  const lines: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((s) => (lines.push(String(s)), true));
  return lines;
}

describe("CLI argument errors: one line, non-zero exit, no stack trace", () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    [["--bogus"], /unknown option '--bogus'/],
    [["list", "--logs", "/definitely/not/here"], /log directory does not exist: \/definitely\/not\/here/],
    [["list", "--logs", __filename], /not a directory/],
    [["list", "--analyzed", "--unanalyzed", "--logs", FIXTURE_ROOT], /cannot be used together/],
    [["list", "--limit", "zero", "--logs", FIXTURE_ROOT], /--limit must be a positive integer/],
    [["--logs", "/definitely/not/here", "--no-open"], /log directory does not exist/],
    [["--host", "0.0.0.0", "--no-open"], /refusing to serve on 0\.0\.0\.0/],
  ])("%j", async (args, message) => {
    const err = captureStderr();
    const code = await main(["node", "massgen-dash", ...args]);
    expect(code).not.toBe(0);
    expect(err.join("")).toMatch(message);
    expect(err.join("").trim().split("\n")).toHaveLength(1);
    expect(err.join("")).not.toMatch(/\n\s+at /);
  });
});

describe("list --json", () => {
  it("prints the documented contract for the fixtures", async () => {
    let out = "";
    await runList({ logs: [FIXTURE_ROOT], json: true }, (s) => (out += s));
    const doc = JSON.parse(out) as {
      roots: string[];
      logs: { name: string; path: string; generation: string; turns: { turn: number | null; analyzed: boolean; reportEmpty: boolean; attempts: Record<string, unknown>[] }[] }[];
    };
    expect(doc.roots).toEqual([FIXTURE_ROOT]);
    expect(doc.logs).toHaveLength(Object.keys(expected.log_dirs).length);
    const attemptKeys = ["attempt", "path", "relPath", "state", "question", "agents", "winner", "answers", "votes", "costUsd", "inputTokens", "outputTokens", "durationSeconds", "enforcementRetries", "parseIssues"];
    for (const log of doc.logs) {
      expect(Object.keys(log)).toEqual(expect.arrayContaining(["name", "path", "generation", "turns"]));
      expect(log.generation).toBe(expected.log_dirs[log.name as keyof typeof expected.log_dirs].generation);
      for (const t of log.turns) {
        expect(Object.keys(t)).toEqual(["turn", "analyzed", "reportEmpty", "attempts"]);
        for (const a of t.attempts) expect(Object.keys(a)).toEqual(expect.arrayContaining(attemptKeys));
      }
    }
    const relPaths = doc.logs.flatMap((l) => l.turns.flatMap((t) => t.attempts.map((a) => a.relPath)));
    expect(relPaths.sort()).toEqual(Object.values(expected.log_dirs).flatMap((d) => d.runs).sort());
    const g1 = doc.logs.find((l) => l.name === "log_20251020_022559")?.turns[0];
    expect(g1?.turn).toBeNull();
    expect(g1?.attempts[0]?.attempt).toBeNull();
    expect(g1?.attempts[0]?.costUsd).toBeNull();
  });

  it("filters analyzed logs before applying --limit", async () => {
    let out = "";
    await runList({ logs: [FIXTURE_ROOT], json: true, analyzed: true, limit: "1" }, (s) => (out += s));
    expect((JSON.parse(out) as { logs: { name: string }[] }).logs.map((l) => l.name)).toEqual(["log_20251229_013250_406604"]);
  });
});
