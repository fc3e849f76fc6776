import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import expected from "../../fixtures/expected.json";
import { discoverRoot } from "@/lib/server/discover";
import { FIXTURE_ROOT, REAL_ROOT, tempCopy } from "./helpers";

const runsOf = (logs: Awaited<ReturnType<typeof discoverRoot>>) =>
  Object.fromEntries(logs.map((l) => [l.name, l.turns.flatMap((t) => t.runs.map((r) => r.relPath))]));

describe("discoverRoot on the committed fixtures", () => {
  it("finds every log dir and exactly the RUN dirs of expected.json, newest first", async () => {
    const logs = await discoverRoot(FIXTURE_ROOT);
    const want = Object.fromEntries(Object.entries(expected.log_dirs).map(([name, d]) => [name, d.runs]));
    expect(runsOf(logs)).toEqual(want);
    expect(logs.map((l) => l.name)).toEqual(Object.keys(want).sort().reverse());
  });

  it("classifies turn and attempt numbers per generation", async () => {
    const logs = await discoverRoot(FIXTURE_ROOT);
    const shape = (name: string) =>
      logs.find((l) => l.name === name)?.turns.map((t) => ({ turn: t.turn, runs: t.runs.map((r) => [r.runDirKind, r.turn, r.attempt, r.hasLaterAttempt]) }));
    expect(shape("log_20251020_022559")).toEqual([{ turn: null, runs: [["log", null, null, false]] }]);
    expect(shape("log_20251115_071621_925227")).toEqual([{ turn: 1, runs: [["turn", 1, null, false]] }]);
    expect(shape("log_20251231_031359_642309")).toEqual([
      { turn: 1, runs: [["attempt", 1, 1, true], ["attempt", 1, 2, false]] },
    ]);
    expect(shape("log_20251229_013250_406604")?.map((t) => t.turn)).toEqual([1, 2, 3]);
  });

  it("keeps subagent copies inside their parent attempt", async () => {
    const all = Object.values(runsOf(await discoverRoot(FIXTURE_ROOT))).flat();
    expect(all.some((r) => r.includes("subagents"))).toBe(false);
    expect(all).toContain("log_20251225_204406_076604/turn_1/attempt_1");
  });

  it("reports ANALYSIS_REPORT.md per turn: present, empty or absent", async () => {
    const logs = await discoverRoot(FIXTURE_ROOT);
    const flags = (name: string) => logs.find((l) => l.name === name)?.turns.map((t) => [t.turn, t.analyzed, t.reportEmpty]);
    expect(flags("log_20251225_204406_076604")).toEqual([[1, true, false]]);
    expect(flags("log_20251229_013250_406604")).toEqual([
      [1, false, false],
      [2, true, true],
      [3, true, false],
    ]);
  });

  it("finds G0 prototype dirs (agent_outputs only) as single runs", async () => {
    const logs = await discoverRoot(REAL_ROOT);
    expect(logs.map((l) => [l.name, l.g0, l.turns.length, l.turns[0]?.runs[0]?.relPath])).toEqual([
      ["massgen-prototype-agent_outputs-run-2025-08-03", true, 1, "massgen-prototype-agent_outputs-run-2025-08-03"],
      ["massgen-prototype-agent_outputs-run-2025-08-02", true, 1, "massgen-prototype-agent_outputs-run-2025-08-02"],
    ]);
  });
});

describe("discovery edge cases (temp trees)", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it("does not follow symlinks that leave the root, but follows ones inside it", async () => {
    const t = tempCopy(["log_20251020_022559"]);
    cleanups.push(t.cleanup);
    const outside = mkdtempSync(path.join(os.tmpdir(), "mgd-outside-"));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    mkdirSync(path.join(outside, "log_20990101_000000", "turn_1"), { recursive: true });
    writeFileSync(path.join(outside, "log_20990101_000000", "turn_1", "status.json"), "{}");
    symlinkSync(path.join(outside, "log_20990101_000000"), path.join(t.root, "log_20990101_000000"));
    symlinkSync(path.join(outside, "log_20990101_000000", "turn_1"), path.join(t.root, "log_20251020_022559", "turn_7"));
    symlinkSync(path.join(t.root, "log_20251020_022559"), path.join(t.root, "log_20251020_022560"));
    const logs = await discoverRoot(t.root);
    expect(logs.map((l) => l.name)).toEqual(["log_20251020_022560", "log_20251020_022559"]);
    expect(logs.flatMap((l) => l.turns.map((x) => x.turn))).toEqual([null, null]);
  });

  it("turns and attempts sort numerically; a G3 restart log has attempts directly under it", async () => {
    const t = tempCopy([]);
    cleanups.push(t.cleanup);
    const log = path.join(t.root, "log_20251101_000000_000001");
    for (const n of [10, 2, 1]) mkdirSync(path.join(log, `turn_${n}`, "attempt_1"), { recursive: true });
    const g3 = path.join(t.root, "log_20251101_000000_000000");
    for (const n of [1, 2]) mkdirSync(path.join(g3, `attempt_${n}`), { recursive: true });
    writeFileSync(path.join(g3, "massgen.log"), "");
    mkdirSync(path.join(g3, "final"));
    const logs = await discoverRoot(t.root);
    expect(logs[0]?.turns.map((x) => x.turn)).toEqual([1, 2, 10]);
    expect(logs[1]?.turns.map((x) => x.runs.map((r) => r.relPath))).toEqual([
      ["log_20251101_000000_000000/attempt_1", "log_20251101_000000_000000/attempt_2"],
    ]);
  });
});
