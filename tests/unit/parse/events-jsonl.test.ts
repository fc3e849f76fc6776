import { describe, expect, it } from "vitest";
import { parseEventsJsonl } from "@/lib/parse/events-jsonl";
import { readFixture } from "./fixtures";

const REAL = readFixture("log_20260101_040520_734369/turn_1/attempt_1/events.jsonl");
const line = (type: string, extra = "") =>
  `{"timestamp": "2026-03-09T12:00:01.5", "event_type": "${type}", "agent_id": "agent_a", "round_number": 0, "data": {${extra}}}`;

describe("parseEventsJsonl", () => {
  it("reads the real stream", () => {
    const r = parseEventsJsonl(REAL, "events.jsonl", { complete: true });
    expect(r.issues).toEqual([]);
    expect(r.events).toHaveLength(REAL.trimEnd().split("\n").length);
    expect(r.events[0]).toEqual({
      timestamp: "2026-01-01T04:05:24.294095",
      event_type: "phase_change",
      agent_id: null,
      round_number: 0,
      data: { phase: "initial_answer" },
      line: 1,
    });
    expect(r.consumedChars).toBe(REAL.length);
    expect(r.consumedBytes).toBe(new TextEncoder().encode(REAL).length);
  });

  it("leaves a half-written last line for the next read while live", () => {
    const full = `${line("round_start")}\n${line("text", '"content": "hi"')}\n`;
    const partial = `${full}{"timestamp": "2026-03-09T12:00:02", "event_ty`;
    const r = parseEventsJsonl(partial, "e", { complete: false });
    expect(r.issues).toEqual([]);
    expect(r.events.map((e) => e.event_type)).toEqual(["round_start", "text"]);
    expect(r.consumedChars).toBe(full.length);
    // resuming from consumedChars once the line is finished
    const rest = `${partial.slice(r.consumedChars)}pe": "vote", "agent_id": "agent_b", "round_number": 1, "data": {}}\n`;
    const r2 = parseEventsJsonl(rest, "e", { complete: false, firstLine: 3 });
    expect(r2.events).toMatchObject([{ event_type: "vote", agent_id: "agent_b", line: 3 }]);
  });

  it("leaves even a parseable last line without newline while live", () => {
    const text = `${line("a")}\n${line("b")}`;
    expect(parseEventsJsonl(text, "e", { complete: false }).events).toHaveLength(1);
    expect(parseEventsJsonl(text, "e", { complete: true }).events).toHaveLength(2);
  });

  it("reports a truncated last line once the file is complete", () => {
    const text = `${line("a")}\n{"timestamp": "x", "event_`;
    const r = parseEventsJsonl(text, "e", { complete: true });
    expect(r.events).toHaveLength(1);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toMatch(/^line 2: truncated or invalid JSON .*\(last line, no newline/);
    expect(r.consumedChars).toBe(text.length);
  });

  it("reports a garbage middle line by number and keeps the rest", () => {
    const text = [line("a"), "%%% not json <script>", line("b"), "", line("c"), '"just a string"', ""].join("\n");
    const r = parseEventsJsonl(text, "events.jsonl", { complete: false });
    expect(r.events.map((e) => [e.event_type, e.line])).toEqual([
      ["a", 1],
      ["b", 3],
      ["c", 5],
    ]);
    expect(r.issues.map((i) => i.message.split(":")[0])).toEqual(["line 2", "line 6"]);
    expect(r.issues[1]!.message).toMatch(/top level/);
  });

  it("passes unknown event types and data keys through; drops a wrong-typed field", () => {
    const r = parseEventsJsonl(
      `{"timestamp": "t", "event_type": "from_the_future", "agent_id": 7, "round_number": 0, "data": {"z": [1]}, "new": true}\n`,
      "e",
      { complete: true },
    );
    expect(r.events).toEqual([{ timestamp: "t", event_type: "from_the_future", round_number: 0, data: { z: [1] }, new: true, line: 1 }]);
    expect(r.issues.map((i) => i.message)).toEqual(["line 1: agent_id: Invalid input: expected string, received number (field dropped)"]);
  });

  it("handles CRLF, BOM and non-ASCII offsets", () => {
    const text = `\uFEFF${line("text", '"content": "🎯 ლა"')}\r\n${line("b")}`;
    const r = parseEventsJsonl(text, "e", { complete: false });
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.data).toEqual({ content: "🎯 ლა" });
    expect(text.slice(r.consumedChars)).toBe(line("b"));
    expect(r.consumedBytes).toBe(new TextEncoder().encode(text.slice(0, r.consumedChars)).length);
  });
});
