import { mkdirSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCoordinationEvents } from "@/lib/parse/coordination-events";
import { parseStatus } from "@/lib/parse/status";
import { copySample, expectInvariants, loadModel, loadSource, type TempRoot, tempRoot } from "./support";

/**
 * Large inputs never take the process down (issue 8). Sparse files made with
 * truncate(2) at test time: 1 GB costs no disk and no time to create, and the
 * reader must not read it whole. Never committed.
 */
const GB = 1024 ** 3;
const MB = 1024 ** 2;
let t: TempRoot;
let rel: string;
let abs: string;
beforeAll(() => {
  t = tempRoot();
  ({ rel, abs } = copySample(t.root, "log_20260301_000000_000004"));
});
afterAll(() => t.cleanup());

function heapGrowthMb(before: number): number {
  return (process.memoryUsage().rss - before) / MB;
}

describe("large files", () => {
  it("a 1 GB massgen.log is read as a bounded tail", async () => {
    const log = path.join(abs, "massgen.log");
    truncateSync(log, GB); // sparse: the original head, then zeros
    writeFileSync(log, "\n2026-03-01 00:00:00 | INFO | last line\n", { flag: "a" });
    const rss = process.memoryUsage().rss;
    const src = await loadSource(t.root, rel, "full");
    const entry = src.files["massgen.log"];
    expect(entry?.kind).toBe("text");
    if (entry?.kind !== "text") return;
    expect(entry.partial).toBe(true);
    expect(entry.text.length).toBeLessThan(MB);
    expect(entry.text).toContain("last line");
    expect(heapGrowthMb(rss)).toBeLessThan(200);
  });

  it("a 200 MB coordination_events.json is refused with a clear parse issue, the run still loads", async () => {
    const f = path.join(abs, "coordination_events.json");
    truncateSync(f, 200 * MB);
    const m = await loadModel(t.root, rel, "full");
    const issue = m.parseIssues.find((i) => i.file.endsWith("coordination_events.json"));
    expect(issue?.message).toMatch(/200\.0 MB, over the \d+ MB read limit/);
    expect(m.answers.length).toBeGreaterThan(0);
    expectInvariants(m);
  });

  it("a 200 MB status.json is refused the same way", async () => {
    truncateSync(path.join(abs, "status.json"), 200 * MB);
    const m = await loadModel(t.root, rel, "summary");
    expect(m.parseIssues.some((i) => i.file.endsWith("status.json") && /read limit/.test(i.message))).toBe(true);
  });
});

/**
 * 50 000 dirs take about a minute just to create on a busy 2-core machine, so the
 * default run uses 10 000 (same code path); MGD_HOSTILE_FULL=1 runs the issue's 50 000.
 */
const SNAPSHOT_DIRS = process.env.MGD_HOSTILE_FULL === "1" ? 50_000 : 10_000;

describe(`many snapshot dirs (${SNAPSHOT_DIRS})`, () => {
  let big: TempRoot;
  let bigRel: string;
  beforeAll(() => {
    big = tempRoot();
    const run = copySample(big.root, "log_20260301_000000_000005");
    bigRel = run.rel;
    for (let i = 0; i < SNAPSHOT_DIRS; i++) {
      const d = path.join(run.abs, "agent_a", `20300101_${String(Math.floor(i / 1000)).padStart(6, "0")}_${String(i % 1000).padStart(6, "0")}`);
      mkdirSync(d);
      // every 5th holds a file: enough to reach the walker's file bound well before the last dir
      if (i % 5 === 0) writeFileSync(path.join(d, "answer.txt"), "");
    }
  }, 60_000);
  afterAll(() => big.cleanup(), 60_000);

  it("the listing is bounded and the run still loads, in both modes", async () => {
    const t0 = performance.now();
    const m = await loadModel(big.root, bigRel, "full");
    console.log(`${SNAPSHOT_DIRS} dirs: full load`, Math.round(performance.now() - t0), "ms");
    // run-source walks at most 10 000 directories per run and says so; models are built with maps, not scans
    expect(m.parseIssues.length).toBeLessThan(100);
    expect(m.answers.length).toBeGreaterThan(0);
    expectInvariants(m);
    if (SNAPSHOT_DIRS > 10_000) expect(m.parseIssues.some((i) => /more than 10000 directories/.test(i.message))).toBe(true);
    const t1 = performance.now();
    const s = await loadModel(big.root, bigRel, "summary");
    console.log(`${SNAPSHOT_DIRS} dirs: summary load`, Math.round(performance.now() - t1), "ms");
    expect(s.answers.length).toBeGreaterThan(0);
    expectInvariants(s);
  }, 60_000);
});

describe("nesting bombs", () => {
  const bomb = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
  it.each([10_000, 1_000_000])("a JSON nesting bomb %i deep becomes a parse issue, not a stack overflow", (depth) => {
    const s = parseStatus(`{"meta": ${bomb(depth)}}`, "x/status.json");
    expect(s.issues.length + (s.value ? 0 : 1)).toBeGreaterThan(0);
    const c = parseCoordinationEvents(`{"events": ${bomb(depth).slice(0, -1)}`, "x/coordination_events.json"); // and truncated
    expect(c.value).toBeNull();
    expect(c.issues.length).toBeGreaterThan(0);
  });

  it("a nesting bomb on disk in status.json and coordination_events.json", async () => {
    writeFileSync(path.join(abs, "status.json"), `{"meta": ${bomb(200_000)}}`);
    writeFileSync(path.join(abs, "coordination_events.json"), `{"events": [${bomb(200_000)}]}`);
    const m = await loadModel(t.root, rel, "full");
    expectInvariants(m);
  });
});
