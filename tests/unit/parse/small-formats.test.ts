import { describe, expect, it } from "vitest";
import { parseContext } from "@/lib/parse/context";
import { parseCoordinationTable } from "@/lib/parse/coordination-table";
import { parseExecutionMetadata } from "@/lib/parse/execution-metadata";
import { parseSubprocessLogs } from "@/lib/parse/subprocess-logs";
import { REDACTED, redactSecrets } from "@/lib/parse/redact";
import { readFixture } from "./fixtures";

describe("redactSecrets", () => {
  it("redacts secret-looking keys at any depth without mutating", () => {
    const input = {
      agents: [{ backend: { type: "openai", api_key: "sk-1", max_tokens: 10, apiKey: "k" } }],
      env: { OPENAI_API_KEY: "sk-2", Authorization: "Bearer x", db_password: "p", access_token: "t", tokens: 5 },
      secret: { nested: "whole subtree" },
      input_tokens: 3,
      matrix: [[{ password: "p", n: 1 }, null], "x"],
    };
    const copy = structuredClone(input);
    expect(redactSecrets(input)).toEqual({
      agents: [{ backend: { type: "openai", api_key: REDACTED, max_tokens: 10, apiKey: REDACTED } }],
      env: { OPENAI_API_KEY: REDACTED, Authorization: REDACTED, db_password: REDACTED, access_token: REDACTED, tokens: 5 },
      secret: REDACTED,
      input_tokens: 3,
      matrix: [[{ password: REDACTED, n: 1 }, null], "x"],
    });
    expect(input).toEqual(copy);
  });

  it("handles deep nesting, shared references and cycles", () => {
    let deep: Record<string, unknown> = { token: "t" };
    for (let i = 0; i < 200_000; i++) deep = { d: deep };
    expect(redactSecrets(deep)).toBeTypeOf("object");
    const shared = { api_key: "x" };
    const cyc: Record<string, unknown> = { a: shared, b: shared };
    cyc.self = cyc;
    const out = redactSecrets(cyc) as Record<string, unknown>;
    expect(out.a).toEqual({ api_key: REDACTED });
    expect(out.self).toBe(out);
  });
});

describe("parseExecutionMetadata", () => {
  it("reads the real sample", () => {
    const r = parseExecutionMetadata(readFixture("log_20260101_040520_734369/turn_1/attempt_1/execution_metadata.yaml"), "m");
    expect(r.issues).toEqual([]);
    expect(r.value?.query).toBe("What are the main risks of deploying LLM agents with shell access, and how should they be mitigated?");
    expect(r.value?.timestamp).toBe("2026-01-01T04:05:21.447279");
    expect(r.value?.massgen_version).toBe("0.1.78");
    expect((r.value?.config as { agents: { id: string }[] }).agents.map((a) => a.id)).toEqual([
      "gpt5_mini",
      "claude_sonnet",
      "gemini_pro",
      "grok_fast",
      "gpt5_nano",
    ]);
  });

  it("redacts secrets in config", () => {
    const r = parseExecutionMetadata("query: q\nconfig:\n  agents:\n  - backend: {type: openai, api_key: sk-live-123}\n", "m");
    expect(r.value?.config).toEqual({ agents: [{ backend: { type: "openai", api_key: REDACTED } }] });
    expect(JSON.stringify(r.value)).not.toContain("sk-live");
  });

  it("invalid YAML becomes an issue", () => {
    const r = parseExecutionMetadata("query: [unclosed\ntimestamp: '2026", "m");
    expect(r.value).toBeNull();
    expect(r.issues[0]?.message).toMatch(/^invalid YAML: /);
  });

  it("a wrong type drops only that key; a non-mapping is rejected", () => {
    const r = parseExecutionMetadata("query: q\ngit: main\nworking_directory: /x\n", "m");
    expect(r.value).toEqual({ query: "q", working_directory: "/x" });
    expect(r.issues[0]?.message).toMatch(/^git: .*\(field dropped\)$/);
    expect(parseExecutionMetadata("- a\n- b\n", "m").value).toBeNull();
  });

  it("survives an alias bomb", () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join("\n");
    const t0 = performance.now();
    const r = parseExecutionMetadata(bomb, "m");
    expect(performance.now() - t0).toBeLessThan(500);
    expect(r.value).toBeNull();
    expect(r.issues[0]?.message).toMatch(/^invalid YAML/);
  });

  it("rejects alias cycles instead of handing a cyclic value on", () => {
    for (const src of ["query: q\nconfig: &a {x: *a}\n", "query: q\nconfig: {l: &b [1, *b]}\n"]) {
      const r = parseExecutionMetadata(src, "m");
      expect(r.value).toBeNull();
      expect(r.issues[0]?.message).toMatch(/^invalid YAML: aliases expand/);
    }
  });

  it("keeps a few shared aliases (PyYAML's &id001), dates as strings, unknown tags as plain values, the last duplicate", () => {
    const src = [
      "query: q",
      "timestamp: 2026-01-01T04:05:21",
      "config:",
      "  a: &id001 {model: m}",
      "  b: *id001",
      "  t: !!python/tuple [1, 2]",
      "  p: !!python/object/apply:pathlib.PosixPath ['/', home]",
      "  k: 1",
      "  k: 2",
    ].join("\n");
    const r = parseExecutionMetadata(src, "m");
    expect(r.issues).toEqual([]);
    expect(r.value?.timestamp).toBe("2026-01-01T04:05:21");
    expect(r.value?.config).toEqual({ a: { model: "m" }, b: { model: "m" }, t: [1, 2], p: ["/", "home"], k: 2 });
  });
});

describe("parseContext", () => {
  it("JSON context from a real snapshot", () => {
    const r = parseContext(readFixture("log_20260104_134201_184641/turn_1/attempt_1/agent_a/20260104_134246_494872/context.txt"), "c");
    expect(r.kind).toBe("json");
    expect(r.issues).toEqual([]);
  });
  it("Python str() context is text, without an issue", () => {
    expect(parseContext("{'role': 'user', 'content': 'hi'}", "c")).toEqual({ kind: "text", text: "{'role': 'user', 'content': 'hi'}", issues: [] });
  });
  it("cut-off JSON is text with an issue", () => {
    const r = parseContext('{"system_message": "abc', "c");
    expect(r.kind).toBe("text");
    expect(r.issues).toHaveLength(1);
  });
});

describe("small files", () => {
  it("coordination_table.txt keeps the text and finds agent headers", () => {
    const text = readFixture("log_20260101_040520_734369/turn_1/attempt_1/coordination_table.txt");
    const t = parseCoordinationTable(text);
    expect(t.text).toBe(text);
    expect(t.agents).toEqual(["gpt5_mini", "claude_sonnet", "gemini_pro", "grok_fast", "gpt5_nano"]);
  });

  it("subprocess_logs.json", () => {
    const r = parseSubprocessLogs(readFixture("log_20251225_204406_076604/turn_1/attempt_1/subagents/subagent_1_9425bf/subprocess_logs.json"), "s");
    expect(r).toEqual({
      value: {
        subagent_id: "subagent_1_9425bf",
        subprocess_log_dir:
          "/home/alice/proj/.massgen/subagent_workspaces/subagent_1_9425bf/.massgen/massgen_logs/log_20251225_204426_490920/turn_1/attempt_1",
        timestamp: "2025-12-25T20:44:26.490920",
      },
      issues: [],
    });
  });
});
