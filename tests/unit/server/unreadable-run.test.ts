import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { discoverLog } from "@/lib/server/discover";
import { toLogSummary } from "@/lib/server/log-summary";
import { summarizeRun } from "@/lib/server/run-model";
import { runFs } from "@/lib/server/summary-fs";
import { FIXTURE_ROOT } from "./helpers";

/**
 * Issue 8 "a run that the server cannot read at all still shows in the list
 * with the reason". Tests run as root in CI, where chmod cannot take read
 * access away, so the refusal is injected where every read goes through (runFs).
 */
describe("a run the server cannot read at all", () => {
  afterEach(() => vi.restoreAllMocks());

  it("keeps its row: state error, a parse issue with the reason, nothing invented", async () => {
    const name = "log_20251225_204406_076604";
    const log = await discoverLog(FIXTURE_ROOT, name);
    const run = log?.turns[0]?.runs[0];
    expect(run).toBeDefined();
    if (!log || !run) return;
    const realpath = runFs.realpath.bind(runFs);
    vi.spyOn(runFs, "realpath").mockImplementation(async (p: string) => {
      if (p.endsWith(path.join("turn_1", "attempt_1"))) throw Object.assign(new Error(`EACCES: permission denied, realpath '${p}'`), { code: "EACCES" });
      return realpath(p);
    });
    const s = await summarizeRun(FIXTURE_ROOT, run, false);
    expect(s.summary).toMatchObject({
      relPath: `${name}/turn_1/attempt_1`,
      state: "error",
      question: null,
      winner: null,
      costUsd: null,
      inputTokens: null,
      parseIssues: [{ file: `${name}/turn_1/attempt_1`, message: "run could not be read: permission denied" }],
    });
    expect(s.generation).toBe("G5");
    const row = toLogSummary(name, log, new Map([[run.relPath, s]]));
    expect(row.turns[0]?.attempts[0]?.parseIssues[0]?.message).toBe("run could not be read: permission denied");
  });
});
