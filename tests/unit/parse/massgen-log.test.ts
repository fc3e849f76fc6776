import { describe, expect, it } from "vitest";
import { parseMassgenLog } from "@/lib/parse/massgen-log";
import { readFixture } from "./fixtures";

describe("massgen.log (INFO format)", () => {
  const text = readFixture("log_20260101_040520_734369/turn_1/attempt_1/massgen.log");
  it("reads every record of the real sample", () => {
    const { records, issues } = parseMassgenLog(text, "massgen.log");
    expect(issues).toEqual([]);
    expect(records[0]).toEqual({ time: "04:05:23", level: "INFO", message: "Logging initialized - session: log_20260101_040520_734369", offset: 0 });
    expect(records.filter((r) => r.level === "WARNING")[0]?.message).toBe(
      "[Orchestrator] Agent gpt5_mini enforcement retry 1/3 (reason=no_workflow_tool)",
    );
    expect(records).toHaveLength(text.split("\n").filter((l) => /^\d\d:\d\d:\d\d \| /.test(l)).length);
  });

  it("skips a leading fragment of a bounded tail", () => {
    const tail = text.slice(text.indexOf("\n") - 10);
    const { records } = parseMassgenLog(tail, "massgen.log");
    expect(records[0]?.message).toBe("[Orchestrator] Starting coordination with 5 agents: gpt5_mini, claude_sonnet, gemini_pro, grok_fast, gpt5_nano");
    expect(tail.slice(records[0]!.offset).startsWith("04:05:23 | INFO")).toBe(true);
  });
});

describe("massgen_debug.log format and multi-line records", () => {
  const debug = [
    "ed tail of a previous record",
    "07:43:12.418 | DEBUG    | orchestrator.agent_a:_stream_agent:1523 - Stream chunk [content]: hello",
    "",
    "07:43:12.500 | ERROR    | backend.openai→agent_a:stream_with_tools:88 - API error",
    "Traceback (most recent call last):",
    '  File "x.py", line 1, in <module>',
    "ValueError: 12:00:00 | INFO | not a record start (indented? no)",
    "",
    "07:43:13.001 | CRITICAL | massgen.cli:main:10 - boom",
    "07:43:13.002 | SUCCESS  | coordination - no location here",
  ].join("\n");
  it("splits location, keeps tracebacks with their record", () => {
    const { records, issues } = parseMassgenLog(debug, "massgen_debug.log");
    expect(issues).toEqual([]);
    expect(records.map(({ offset: _o, ...r }) => r)).toEqual([
      { time: "07:43:12.418", level: "DEBUG", location: "orchestrator.agent_a:_stream_agent:1523", message: "Stream chunk [content]: hello" },
      {
        time: "07:43:12.500",
        level: "ERROR",
        location: "backend.openai→agent_a:stream_with_tools:88",
        message:
          'API error\nTraceback (most recent call last):\n  File "x.py", line 1, in <module>\nValueError: 12:00:00 | INFO | not a record start (indented? no)',
      },
      { time: "07:43:13.001", level: "CRITICAL", location: "massgen.cli:main:10", message: "boom" },
      { time: "07:43:13.002", level: "SUCCESS", message: "coordination - no location here" },
    ]);
  });

  it("reports text with no record at all", () => {
    expect(parseMassgenLog("garbage\nmore", "f").issues).toEqual([{ file: "f", message: "no log records recognised" }]);
    expect(parseMassgenLog("", "f")).toEqual({ records: [], issues: [] });
  });
});
