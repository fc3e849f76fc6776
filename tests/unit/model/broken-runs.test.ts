import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildAttempt } from "@/lib/model/build-attempt";
import { summarizeAttempt } from "@/lib/model/summarize-attempt";
import { discoverLog } from "@/lib/server/discover";
import { summarizeRun } from "@/lib/server/run-model";
import { readRunSource } from "@/lib/server/run-source";

/**
 * tests/fixtures/broken: copies of the G5 sample log_20251229_013250_406604/turn_1
 * each damaged one way (see its generate.py). Every case still builds, never
 * throws, and names the damaged file in a parse issue.
 */

const ROOT = path.resolve(__dirname, "../../fixtures/broken");
const RUN = "turn_1/attempt_1";

/** case log dir → files (RUN-relative) that must appear in parse issues, per mode */
const CASES: Record<string, { summary: string[]; full: string[] }> = {
  log_20260201_100001_000001: { summary: ["status.json"], full: ["status.json"] },
  log_20260201_100002_000002: { summary: ["status.json"], full: ["status.json"] },
  log_20260201_100003_000003: { summary: ["status.json", "metrics_summary.json"], full: ["status.json", "metrics_summary.json"] },
  log_20260201_100004_000004: { summary: [], full: ["coordination_events.json"] },
  log_20260201_100005_000005: { summary: [], full: ["events.jsonl"] },
  log_20260201_100006_000006: { summary: ["execution_metadata.yaml"], full: ["execution_metadata.yaml"] },
  log_20260201_100007_000007: { summary: [], full: [] },
};

const present = existsSync(ROOT) ? readdirSync(ROOT).filter((n) => n in CASES && existsSync(path.join(ROOT, n, RUN))) : [];

describe.skipIf(present.length === 0).each(present)("broken fixture %s", (log) => {
  it.each(["summary", "full"] as const)("builds in %s mode with issues naming the file", async (mode) => {
    const rel = `${log}/${RUN}`;
    const src = await readRunSource(ROOT, rel, { mode, hasLaterAttempt: false, nowMs: Date.now(), tzOffsetMinutes: 60 });
    const m = buildAttempt(src);
    const named = new Set(m.parseIssues.map((i) => i.file));
    for (const f of CASES[log]?.[mode] ?? []) expect(named).toContain(`${rel}/${f}`);
    expect(m.parseIssues.every((i) => i.file.startsWith(`${log}/`) && i.message.length > 0)).toBe(true);
    expect(m.agents.map((a) => a.id)).toHaveLength(2);
    const s = summarizeAttempt(m, path.join(ROOT, rel));
    expect(s.answers).toBe(4);
    expect(s.votes).toBe(3);
  });

  it("gives the same row counts through the index's lean read, naming the same files", async () => {
    const run = (await discoverLog(ROOT, log, ROOT))?.turns[0]?.runs[0];
    if (!run) throw new Error("no run");
    const { summary } = await summarizeRun(ROOT, run, false);
    expect(summary).toMatchObject({ answers: 4, votes: 3 });
    const named = new Set(summary.parseIssues.map((i) => i.file));
    for (const f of CASES[log]?.summary ?? []) expect(named).toContain(`${log}/${RUN}/${f}`);
  });
});

it("the hostile case keeps its strings verbatim (rendering is the views' job)", async () => {
  const log = "log_20260201_100007_000007";
  if (!present.includes(log)) return;
  const m = buildAttempt(await readRunSource(ROOT, `${log}/${RUN}`, { mode: "full", hasLaterAttempt: false, nowMs: Date.now() }));
  expect(m.question).toContain("<script>alert(1)</script>");
  expect(m.agents.map((a) => a.id)).toContain('agent_b"><svg onload=alert(1)>\u200f🤖');
  expect(m.state).toBe("complete");
  expect(m.parseIssues).toEqual([]);
});
