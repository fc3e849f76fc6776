import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseExecutionMetadata } from "@/lib/parse/execution-metadata";
import { flatten, prepareConfig } from "@/lib/prepare/config";

const FIXTURE = path.resolve(__dirname, "../../fixtures/logs/log_20251225_204406_076604/turn_1/attempt_1/execution_metadata.yaml");

function view(yaml: string) {
  const parsed = parseExecutionMetadata(yaml, "m.yaml");
  return prepareConfig(parsed.value, parsed.issues, "m.yaml");
}

describe("prepareConfig on a fixture", () => {
  const v = view(readFileSync(FIXTURE, "utf8"));

  it("shows question, agents with backend/model, run facts", () => {
    if (v.state !== "ok") throw new Error(v.state);
    expect(v.question).toMatch(/^Build a Python CLI that deduplicates lines/);
    expect(v.agents.map((a) => [a.id, a.backend, a.model])).toEqual([
      ["agent_a", "openai", "gpt-5-mini"],
      ["agent_b", "gemini", "gemini-2.5-flash"],
      ["agent_c", "grok", "grok-4-fast-reasoning"],
    ]);
    expect(v.agents[0]?.rows).toContainEqual({ key: "backend.reasoning.effort", value: "medium", redacted: false });
    const run = Object.fromEntries(v.sections.find((s) => s.id === "run")!.rows.map((r) => [r.key, r.value]));
    expect(run).toMatchObject({
      "MassGen version": "0.1.78",
      "Git commit": "f09fb060833aac2d126313ad73f9a793bc29ceb0",
      "Git branch": "main",
      "Working directory": "/home/alice/proj",
      Timestamp: "2025-12-25T20:44:06.490920",
    });
    expect(run["Python version"]).toMatch(/^3\.11\.7/);
    expect(v.sections.find((s) => s.id === "orchestrator")?.rows).toContainEqual({ key: "snapshot_storage", value: "snapshots", redacted: false });
    expect(v.sections.find((s) => s.id === "cli")?.rows).toContainEqual({ key: "automation", value: "false", redacted: false });
  });
});

describe("secrets", () => {
  const yaml = `query: q
timestamp: '2026-01-01T00:00:00'
config:
  agents:
  - id: a
    backend: {type: openai, model: gpt-5, api_key: sk-LIVE-1, headers: {Authorization: Bearer sk-LIVE-2}}
  orchestrator: {max_tokens: 100, github_token: ghp_LIVE3}
  mcp: {OPENAI_API_KEY: sk-LIVE-4, db_password: hunter2, client_secret: s3cr3t, STRIPE_KEY: sk-LIVE-5}
cli_args: {token: tok-LIVE-6, question: q}
python_version: '3.11'
working_directory: /w
`;
  const v = view(yaml);

  it("never lets a secret value through, and marks each redacted row", () => {
    const json = JSON.stringify(v);
    for (const s of ["sk-LIVE-1", "sk-LIVE-2", "ghp_LIVE3", "sk-LIVE-4", "hunter2", "s3cr3t", "sk-LIVE-5", "tok-LIVE-6"]) expect(json).not.toContain(s);
    if (v.state !== "ok") throw new Error(v.state);
    const redacted = [...v.agents.flatMap((a) => a.rows), ...v.sections.flatMap((s) => s.rows)].filter((r) => r.redacted).map((r) => r.key);
    expect(redacted.sort()).toEqual(
      ["backend.api_key", "backend.headers.Authorization", "github_token", "mcp.OPENAI_API_KEY", "mcp.STRIPE_KEY", "mcp.client_secret", "mcp.db_password", "token"].sort(),
    );
    // a key merely containing "token" is not a secret
    expect(v.sections.find((s) => s.id === "orchestrator")?.rows).toContainEqual({ key: "max_tokens", value: "100", redacted: false });
  });
});

describe("gaps", () => {
  it("is unreadable with issues for broken YAML", () => {
    const v = view("config: [unclosed\n: : :");
    expect(v.state).toBe("unreadable");
    expect(v.state === "unreadable" && v.issues[0]?.message).toMatch(/invalid YAML/);
  });

  it("flattens lists and nulls readably", () => {
    expect(flatten({ a: [1, 2], b: null, c: [{ d: 1 }] })).toEqual([
      { key: "a", value: "1, 2", redacted: false },
      { key: "b", value: null, redacted: false },
      { key: "c[0].d", value: "1", redacted: false },
    ]);
  });
});
