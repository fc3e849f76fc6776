import type { TraceInput } from "./types";

/**
 * Tool calls as the execution traces record them (FORMAT.md §4.2): one per
 * `### Tool Call:` block, with the result paired in order per tool name
 * (parallel calls are written as consecutive calls, then their results).
 */
export interface TraceToolCall {
  agentId: string;
  /** RUN-relative trace file: one answer/vote iteration of the agent */
  file: string;
  tool: string;
  /** the command for command-line tools, else the canonical args JSON */
  command: string;
  /** identical calls share this key */
  key: string;
  /** near-identical calls share this key (agent ids, ids and spacing normalised) */
  nearKey: string;
  resultChars: number | null;
  failed: boolean;
}

/** Coordination tools are decisions, not work (FORMAT.md §2). */
const WORKFLOW_TOOLS = new Set(["vote", "new_answer", "stop", "submit"]);

export function isWorkflowTool(name: string): boolean {
  return WORKFLOW_TOOLS.has(name) || WORKFLOW_TOOLS.has(name.split("__").pop() ?? name);
}

export function traceToolCalls(traces: TraceInput[], agentIds: string[]): TraceToolCall[] {
  const out: TraceToolCall[] = [];
  for (const t of traces) {
    const pending = new Map<string, TraceToolCall[]>();
    for (const b of t.trace.blocks) {
      const tool = b.name ?? "";
      if (b.kind === "tool_call" && tool && !isWorkflowTool(tool)) {
        const command = commandOf(b.args, b.argsText ?? b.body);
        const call: TraceToolCall = {
          agentId: t.agentId,
          file: t.file,
          tool,
          command,
          key: `${tool}\u0000${command}`,
          nearKey: `${tool}\u0000${normalise(command, agentIds)}`,
          resultChars: null,
          failed: false,
        };
        out.push(call);
        pending.set(tool, [...(pending.get(tool) ?? []), call]);
      } else if ((b.kind === "tool_result" || b.kind === "tool_error") && tool) {
        const call = pending.get(tool)?.shift();
        if (call) {
          call.resultChars = b.body.length;
          call.failed = b.kind === "tool_error";
        }
      }
    }
  }
  return out;
}

function commandOf(args: unknown, raw: string): string {
  if (args && typeof args === "object" && !Array.isArray(args)) {
    const a = args as Record<string, unknown>;
    if (typeof a["command"] === "string") return a["command"];
    return canonical(a);
  }
  return raw.replace(/^\*\*Args\*\*:\s*/, "").replace(/```(json)?/g, "").trim();
}

/** JSON with sorted keys, so argument order does not hide a duplicate. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

/**
 * Each agent works in its own workspace, so the same command differs only by
 * the agent id or a workspace hash in its paths: those are masked.
 */
function normalise(command: string, agentIds: string[]): string {
  let s = command.toLowerCase();
  for (const id of [...agentIds].sort((a, b) => b.length - a.length)) if (id) s = s.split(id.toLowerCase()).join("<agent>");
  return s
    .replace(/agent\d+(\.\d+)?/g, "<agent>")
    .replace(/\b[0-9a-f]{8,}\b/g, "<id>")
    .replace(/["']/g, "")
    .replace(/\/+(?=\s|$|")/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export interface CallGroup {
  tool: string;
  command: string;
  calls: TraceToolCall[];
  agents: string[];
  files: string[];
  /** distinct exact commands in a near-identical group */
  variants: number;
}

/** Calls grouped by `key` (identical) or `nearKey` (near-identical), most repeated first. */
export function groupCalls(calls: TraceToolCall[], by: "key" | "nearKey"): CallGroup[] {
  const groups = new Map<string, TraceToolCall[]>();
  for (const c of calls) groups.set(c[by], [...(groups.get(c[by]) ?? []), c]);
  return [...groups.values()]
    .map((g) => ({
      tool: g[0]?.tool ?? "",
      command: g[0]?.command ?? "",
      calls: g,
      agents: [...new Set(g.map((c) => c.agentId))],
      files: [...new Set(g.map((c) => c.file))],
      variants: new Set(g.map((c) => c.key)).size,
    }))
    .sort((a, b) => b.calls.length - a.calls.length || a.command.localeCompare(b.command));
}

/** Calls beyond the first of each identical group: work that had already been done. */
export function redundantCalls(groups: CallGroup[]): number {
  return groups.reduce((s, g) => s + g.calls.length - 1, 0);
}

export function scope(g: CallGroup): string {
  if (g.agents.length > 1) return `across ${g.agents.length} agents`;
  if (g.files.length > 1) return `across ${g.files.length} rounds of one agent`;
  return "within one round";
}
