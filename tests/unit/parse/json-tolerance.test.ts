import { describe, expect, it } from "vitest";
import { readJson } from "@/lib/parse/json";
import { parseStatus } from "@/lib/parse/status";
import { parseCoordinationEvents } from "@/lib/parse/coordination-events";
import { readFixture } from "./fixtures";

const RUN = "log_20260101_040520_734369/turn_1/attempt_1";
const STATUS = readFixture(`${RUN}/status.json`);

describe("truncated status.json", () => {
  // every ~97th byte plus the edges: each prefix is a file caught mid-write
  const offsets = [1, 2, 10, ...Array.from({ length: 600 }, (_, i) => i * 97 + 5), STATUS.length - 3];
  it.each(offsets.filter((o) => o < STATUS.trimEnd().length))("cut at char %i gives an issue, not a throw", (cut) => {
    const text = STATUS.slice(0, cut);
    const r = parseStatus(text, "status.json");
    expect(r.value).toBeNull();
    expect(r.issues).toHaveLength(1);
    const msg = r.issues[0]!.message;
    expect(msg).toMatch(/^truncated or invalid JSON \(.+ at byte \d+ of \d+, line \d+\)$/);
    // the fixture is ASCII, so the reported byte is where the text ends
    expect(msg).toContain(`at byte ${text.length} of ${text.length}`);
    expect(r.issues[0]!.file).toBe("status.json");
  });
});

describe("tolerant JSON reader", () => {
  it("reports empty files", () => {
    expect(readJson("  \n", "f")).toEqual({ value: null, issues: [{ file: "f", message: "empty file" }] });
  });

  it("strips a BOM", () => {
    const r = parseStatus(`\uFEFF${STATUS}`, "s");
    expect(r.issues).toEqual([]);
    expect(r.value?.results?.winner).toBe("grok_fast");
  });

  it("reads Python's NaN/Infinity as null with one issue", () => {
    const text = STATUS.replace('"elapsed_seconds": 218.794', '"elapsed_seconds": NaN').replace(
      '"total_estimated_cost": 1.071398',
      '"total_estimated_cost": -Infinity',
    );
    const r = parseStatus(text, "s");
    expect(r.value?.meta?.elapsed_seconds).toBeNull();
    expect(r.value?.costs?.total_estimated_cost).toBeNull();
    expect(r.value?.meta?.question).toMatch(/^What are the main risks/);
    expect(r.issues).toEqual([{ file: "s", message: "2 non-standard NaN/Infinity value(s) read as null" }]);
  });

  it("leaves NaN inside strings alone", () => {
    expect(readJson('{"a": "NaN Infinity", "b": NaN}', "f").value).toEqual({ a: "NaN Infinity", b: null });
  });

  it("keeps the last of duplicate keys, like JSON.parse", () => {
    const r = parseStatus('{"results": {"winner": "a"}, "results": {"winner": "b"}}', "s");
    expect(r.value?.results?.winner).toBe("b");
    expect(r.issues).toEqual([]);
  });

  it("names the position of a syntax error in the middle", () => {
    const r = readJson('{\n  "a": 1,\n  "b": tru e\n}', "f");
    expect(r.value).toBeNull();
    expect(r.issues[0]!.message).toContain("at byte 19 of 26, line 3");
  });

  it("does not echo the file's content in the message", () => {
    const r = readJson("<script>alert(1)</script>", "f");
    expect(r.issues[0]!.message).not.toContain("<script>");
  });

  it("survives a nesting bomb (valid and truncated)", () => {
    const depth = 200_000;
    const bomb = `{"meta": {"question": "q"}, "x": ${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const r = parseStatus(bomb, "s");
    expect(r.value?.meta?.question).toBe("q");
    const cut = parseStatus(`{"x": ${"[{\"a\":".repeat(depth)}`, "s");
    expect(cut.value).toBeNull();
    expect(cut.issues[0]!.message).toMatch(/^truncated or invalid JSON/);
  });

  it("rejects a top-level value of the wrong kind", () => {
    const r = parseStatus("[1, 2]", "s");
    expect(r.value).toBeNull();
    expect(r.issues[0]!.message).toMatch(/^top level: .*expected object/);
  });

  it("does not let __proto__ keys reach a prototype", () => {
    const r = parseStatus('{"__proto__": {"polluted": 1}, "meta": {"question": "q"}}', "s");
    expect(r.value?.meta?.question).toBe("q");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });
});

describe("wrong types drop one field, not the file", () => {
  it("status.json", () => {
    const obj = JSON.parse(STATUS);
    obj.meta.start_time = "yesterday";
    obj.agents.gpt5_mini.token_usage.input_tokens = "lots";
    obj.results.votes["agent3.1"] = "three";
    obj.coordination = 42;
    obj.agents.claude_sonnet.reliability.enforcement_attempts[1] = "oops";
    const r = parseStatus(JSON.stringify(obj), "status.json");
    expect(r.value?.meta?.start_time).toBeUndefined();
    expect(r.value?.meta?.question).toBe(obj.meta.question);
    expect(r.value?.agents?.gpt5_mini?.token_usage?.input_tokens).toBeUndefined();
    expect(r.value?.agents?.gpt5_mini?.token_usage?.output_tokens).toBe(10419);
    expect(r.value?.results?.votes).toEqual({ "agent2.1": 1, "agent5.1": 7 });
    expect(r.value?.coordination).toBeUndefined();
    expect(r.value?.agents?.claude_sonnet?.reliability?.enforcement_attempts).toHaveLength(2);
    expect(r.value?.results?.winner).toBe("grok_fast");
    expect(r.issues.map((i) => i.message.replace(/: Invalid input.*\(/, " (")).sort()).toEqual([
      "agents.claude_sonnet.reliability.enforcement_attempts[1] (field dropped)",
      "agents.gpt5_mini.token_usage.input_tokens (field dropped)",
      "coordination (field dropped)",
      "meta.start_time (field dropped)",
      'results.votes["agent3.1"] (field dropped)',
    ]);
    // the input object is not mutated
    expect(obj.meta.start_time).toBe("yesterday");
  });

  it("coordination events without an event_type are dropped as entries", () => {
    const obj = JSON.parse(readFixture(`${RUN}/coordination_events.json`));
    delete obj.events[3].event_type;
    obj.events[5].timestamp = "noon";
    const r = parseCoordinationEvents(JSON.stringify(obj), "ce");
    expect(r.value?.events).toHaveLength(396);
    expect(r.value?.events?.[4]?.timestamp).toBeUndefined();
    expect(r.issues.map((i) => i.message)).toEqual([
      "events[3].event_type: Invalid input: expected string, received undefined (entry dropped)",
      "events[5].timestamp: Invalid input: expected number, received string (field dropped)",
    ]);
  });

  it("unknown fields and event types pass through", () => {
    const r = parseCoordinationEvents(
      JSON.stringify({ future: { x: 1 }, events: [{ event_type: "brand_new", timestamp: 1, extra: [1], context: { iteration: 0, round: 0, k: "v" } }] }),
      "ce",
    );
    expect(r.issues).toEqual([]);
    expect(r.value).toEqual({
      future: { x: 1 },
      events: [{ event_type: "brand_new", timestamp: 1, extra: [1], context: { iteration: 0, round: 0, k: "v" } }],
    });
  });
});
