import { describe, expect, it } from "vitest";
import { parseLocalIso, parseLogDirName, parseSnapshotTs } from "@/lib/parse/timestamps";
import { expected, readFixture } from "./fixtures";

describe("local-naive timestamps", () => {
  it("log dir names with and without microseconds", () => {
    expect(parseLogDirName("log_20251105_074751_835636", 60)).toBeCloseTo(Date.UTC(2025, 10, 5, 6, 47, 51) / 1000 + 0.835636, 6);
    expect(parseLogDirName("log_20251020_012622", -420)).toBe(Date.UTC(2025, 9, 20, 8, 26, 22) / 1000);
    expect(parseLogDirName("log_20251020_012622")).toBe(new Date(2025, 9, 20, 1, 26, 22).getTime() / 1000);
  });

  it("rejects what is not a timestamp", () => {
    for (const bad of ["log_2025", "20251105_074751", "log_20251305_074751", "log_20250231_000000", "log_20251105_074751_x", "turn_1"]) {
      expect(parseLogDirName(bad, 0)).toBeNull();
    }
    expect(parseSnapshotTs("final", 0)).toBeNull();
    expect(parseLocalIso("yesterday", 0)).toBeNull();
  });

  it("snapshot ts, ISO, trace header form and explicit zones", () => {
    expect(parseSnapshotTs("20251105_074334_120044", 0)).toBeCloseTo(Date.UTC(2025, 10, 5, 7, 43, 34) / 1000 + 0.120044, 6);
    expect(parseLocalIso("2025-11-05T07:42:53.104552", 60)).toBeCloseTo(Date.UTC(2025, 10, 5, 6, 42, 53) / 1000 + 0.104552, 6);
    expect(parseLocalIso("2026-02-24 18:16:53", 0)).toBe(Date.UTC(2026, 1, 24, 18, 16, 53) / 1000);
    expect(parseLocalIso("2026-03-09T12:00:01Z", 600)).toBe(Date.UTC(2026, 2, 9, 12, 0, 1) / 1000);
    expect(parseLocalIso("2026-03-09T12:00:01+02:00")).toBe(Date.UTC(2026, 2, 9, 10, 0, 1) / 1000);
  });

  it("agrees with the fixture ground truth (turn 1 start vs dir name)", () => {
    for (const [run, exp] of Object.entries(expected.runs)) {
      if (exp.start_time_unix === null || run.includes("subagents") || !/(^[^/]+$|turn_1(\/attempt_1)?$)/.test(run)) continue;
      const dirTime = parseLogDirName(run.split("/")[0]!, exp.tz_offset_minutes)!;
      // the log dir is created a few seconds before coordination starts
      expect(exp.start_time_unix - dirTime, run).toBeGreaterThanOrEqual(0);
      expect(exp.start_time_unix - dirTime, run).toBeLessThan(120);
    }
    const meta = readFixture("log_20260101_040520_734369/turn_1/attempt_1/execution_metadata.yaml");
    const ts = /timestamp: '(.*)'/.exec(meta)![1]!;
    expect(parseLocalIso(ts, 60)! - parseLogDirName("log_20260101_040520_734369", 60)!).toBeCloseTo(0.71291, 4);
  });
});
