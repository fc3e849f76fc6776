import { describe, expect, it } from "vitest";
import {
  formatDuration,
  formatLocalTime,
  formatMoney,
  formatTokens,
  groupIssuesByFile,
  sumNullable,
} from "@/lib/prepare/format";

describe("format", () => {
  it("keeps null as null (never 0)", () => {
    expect(formatMoney(null)).toBeNull();
    expect(formatTokens(null)).toBeNull();
    expect(formatDuration(null)).toBeNull();
    expect(formatLocalTime(null)).toBeNull();
    expect(sumNullable([null, null])).toBeNull();
  });

  it("formats money with cents precision for small costs", () => {
    expect(formatMoney(0)).toBe("$0");
    expect(formatMoney(0.0412)).toBe("$0.041");
    expect(formatMoney(0.0004)).toBe("<$0.001");
    expect(formatMoney(3.456)).toBe("$3.46");
    expect(formatMoney(1234.5)).toBe("$1,235");
  });

  it("formats tokens compactly", () => {
    expect(formatTokens(812)).toBe("812");
    expect(formatTokens(12_345)).toBe("12.3k");
    expect(formatTokens(12_000)).toBe("12k");
    expect(formatTokens(1_250_000)).toBe("1.3M");
  });

  it("formats durations", () => {
    expect(formatDuration(0)).toBe("0s");
    expect(formatDuration(0.4)).toBe("<1s");
    expect(formatDuration(42)).toBe("42s");
    expect(formatDuration(151)).toBe("2m 31s");
    expect(formatDuration(3725)).toBe("1h 02m");
    expect(formatDuration(-1)).toBeNull();
  });

  it("formats local time from the machine's clock, like MassGen's dir names", () => {
    const d = new Date(2025, 10, 5, 7, 47, 51);
    expect(formatLocalTime(d.getTime() / 1000)).toBe("2025-11-05 07:47");
  });

  it("sums only known parts", () => {
    expect(sumNullable([1, null, 2])).toBe(3);
    expect(sumNullable([0, null])).toBe(0);
  });
});

describe("groupIssuesByFile", () => {
  it("lists each broken file once with all its messages", () => {
    expect(
      groupIssuesByFile([
        { file: "a/status.json", message: "m1" },
        { file: "a/vote.json", message: "m2" },
        { file: "a/status.json", message: "m3" },
      ]),
    ).toEqual([
      { file: "a/status.json", messages: ["m1", "m3"] },
      { file: "a/vote.json", messages: ["m2"] },
    ]);
  });
});
