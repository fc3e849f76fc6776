import type { ParseIssue } from "@/lib/model/types";
import { REDACTED } from "@/lib/parse/redact";
import type { ExecutionMetadata } from "@/lib/schemas/execution-metadata";

/**
 * The config panel (issue #3 "Config") from execution_metadata.yaml
 * (FORMAT.md §3.8). Secrets were already replaced by the parser
 * (lib/parse/redact.ts); rows only mark them so the panel can show a badge.
 */

export interface ConfigRow {
  key: string;
  /** null: present but empty (YAML null) */
  value: string | null;
  redacted: boolean;
}

export interface ConfigSection {
  id: "run" | "orchestrator" | "config" | "cli";
  title: string;
  rows: ConfigRow[];
}

export interface ConfigAgent {
  id: string;
  backend: string | null;
  model: string | null;
  /** every other setting of the agent, flattened */
  rows: ConfigRow[];
}

export type ConfigView =
  | { state: "missing"; file: string; since: string }
  | { state: "unreadable"; file: string; issues: ParseIssue[] }
  | { state: "ok"; file: string; question: string | null; agents: ConfigAgent[]; sections: ConfigSection[]; issues: ParseIssue[] };

/** MassGen started writing execution_metadata.yaml in this version (FORMAT.md §3.8). */
export const METADATA_SINCE = "v0.1.0";
const MAX_ROWS = 400;

function scalar(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** Nested mappings → dotted keys; lists of scalars stay one row. Bounded: configs are user-written. */
export function flatten(value: unknown, prefix = "", out: ConfigRow[] = []): ConfigRow[] {
  const isObj = value !== null && typeof value === "object";
  const scalarList = Array.isArray(value) && value.every((v) => v === null || typeof v !== "object");
  if (!isObj || scalarList || (prefix !== "" && Object.keys(value).length === 0)) {
    if (out.length < MAX_ROWS) out.push({ key: prefix || "(value)", value: Array.isArray(value) ? value.join(", ") : scalar(value), redacted: value === REDACTED });
    return out;
  }
  for (const [k, v] of Object.entries(value)) flatten(v, prefix === "" ? k : Array.isArray(value) ? `${prefix}[${k}]` : `${prefix}.${k}`, out);
  return out;
}

function record(v: unknown): Record<string, unknown> | null {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function agentsOf(config: Record<string, unknown> | null): ConfigAgent[] {
  // multi-agent configs use `agents: [...]`, single-agent ones `agent: {...}`
  const list = Array.isArray(config?.agents) ? config.agents : config?.agent ? [config.agent] : [];
  return list.map((a, i) => {
    const agent = record(a) ?? {};
    const backend = record(agent.backend) ?? {};
    const { id, backend: _b, ...rest } = agent;
    const { type, model, ...backendRest } = backend;
    return {
      id: scalar(id) ?? `agent ${i + 1}`,
      backend: scalar(type),
      model: scalar(model),
      rows: [...flatten(backendRest, "backend"), ...flatten(rest)].filter((r) => r.key !== "backend"),
    };
  });
}

export function prepareConfig(meta: ExecutionMetadata | null, issues: ParseIssue[], file: string): ConfigView {
  if (!meta) return { state: "unreadable", file, issues };
  const config = record(meta.config);
  const { agents: _a, agent: _s, orchestrator, ...otherConfig } = config ?? {};
  const run: ConfigRow[] = [
    ["Timestamp", meta.timestamp],
    ["MassGen version", meta.massgen_version],
    ["Python version", meta.python_version],
    ["Git commit", meta.git?.commit],
    ["Git branch", meta.git?.branch],
    ["Working directory", meta.working_directory],
    ["Config file", meta.config_path],
  ].map(([key, v]) => ({ key: String(key), value: scalar(v), redacted: v === REDACTED }));
  const sections: ConfigSection[] = [
    { id: "run", title: "Run", rows: run },
    { id: "orchestrator", title: "Orchestrator", rows: orchestrator === undefined ? [] : flatten(orchestrator) },
    { id: "config", title: "Other settings", rows: Object.keys(otherConfig).length ? flatten(otherConfig) : [] },
    { id: "cli", title: "Command-line arguments", rows: meta.cli_args ? flatten(meta.cli_args) : [] },
  ];
  return { state: "ok", file, question: meta.query ?? null, agents: agentsOf(config), sections, issues };
}
