import type { ToolStat } from "@/lib/model/types";
import { LARGE_OUTPUT_CHARS, type Findings } from "../findings";
import { blocks, esc, heading, int, missing, secs, table } from "../md";
import { whyMissing } from "../missing";
import { groupCalls } from "../tool-calls";

const TOP = 10;

/** 3. Command Pattern Analysis, from execution traces (commands) and tool metrics (time, size). */
export function commandsSection(f: Findings): string {
  return blocks(
    heading(2, "3. Command Pattern Analysis"),
    heading(3, "Frequently Repeated Commands"),
    repeated(f),
    toolStats(f),
    heading(3, "Commands with Excessive Output"),
    excessive(f),
    heading(3, "Slowest Command Patterns"),
    slowest(f),
  );
}

export function tracesMissing(f: Findings): string {
  if (f.input.traces === null) return "execution traces were not read for this report.";
  return whyMissing(f.m, "traces");
}

function repeated(f: Findings): string {
  if (!f.calls) return missing("commands and tool arguments", esc(tracesMissing(f)));
  const groups = groupCalls(f.calls, "key").filter((g) => g.calls.length > 1).slice(0, TOP);
  const intro = `${f.calls.length} tool call(s) in ${f.input.traces?.length ?? 0} execution trace(s), workflow tools (vote, new_answer) excluded.`;
  if (!groups.length) return `${intro} No command or tool call was repeated with identical arguments.`;
  const rows = groups.map((g) => [String(g.calls.length), esc(g.tool), esc(g.command, 160), esc(g.agents.join(", "))]);
  return blocks(intro, table(["Count", "Tool", "Command / arguments", "Agents"], rows));
}

function toolStats(f: Findings): string {
  const t = f.m.tools;
  if (!t) return missing("tool statistics", esc(whyMissing(f.m, "tools")));
  const byCalls = [...t.byTool].sort((a, b) => (b.calls ?? 0) - (a.calls ?? 0));
  const rows = byCalls.map((s: ToolStat) => [esc(s.name), esc(s.type ?? "—"), int(s.calls), int(s.failures), secs(s.totalMs), s.calls ? secs((s.totalMs ?? 0) / s.calls) : "—"]);
  return blocks(
    `Tool statistics (${int(t.calls)} calls, ${int(t.failures)} failed, ${secs(t.totalMs)} in tools):`,
    rows.length ? table(["Tool", "Type", "Calls", "Failures", "Total time", "Avg time"], rows) : "No tool was called.",
  );
}

function excessive(f: Findings): string {
  if (!f.outputs.length) {
    return missing("tool output sizes", esc(f.input.toolExecutions === null && !f.calls ? whyMissing(f.m, "toolEvents") : "no tool call recorded an output size."));
  }
  const big = f.outputs.filter((o) => o.chars >= LARGE_OUTPUT_CHARS);
  const largest = f.outputs[0];
  if (!big.length) {
    return `No tool output reached ${int(LARGE_OUTPUT_CHARS)} characters (largest: ${int(largest?.chars ?? 0)} chars from ${esc(largest?.tool ?? "?")}, ${esc(largest?.agentId ?? "?")}).`;
  }
  const rows = big.slice(0, TOP).map((o) => [esc(o.agentId), esc(o.tool), o.command ? esc(o.command, 120) : "—", int(o.chars), `≈${int(o.chars / 4)}`, esc(o.source)]);
  return blocks(
    `${big.length} tool output(s) of ${int(LARGE_OUTPUT_CHARS)}+ characters; each is fed back into the agent's context.`,
    table(["Agent", "Tool", "Command", "Output chars", "Tokens (chars/4)", "Source"], rows),
  );
}

function slowest(f: Findings): string {
  const execs = (f.input.toolExecutions ?? []).filter((e) => typeof e.execution_time_ms === "number");
  if (!execs.length) {
    if (f.m.tools?.byTool.length) {
      const top = [...f.m.tools.byTool].filter((s) => s.calls).sort((a, b) => (b.totalMs ?? 0) / (b.calls ?? 1) - (a.totalMs ?? 0) / (a.calls ?? 1));
      const why = f.input.toolExecutions === null ? whyMissing(f.m, "toolEvents").replace(/\.$/, "") : "metrics_events.json lists no tool execution";
      return `Per-call timings are not available (${esc(why)}); by average time per call: ${top.slice(0, 5).map((s) => `${esc(s.name)} ${secs((s.totalMs ?? 0) / (s.calls ?? 1))}`).join(", ")}.`;
    }
    return missing("tool timings", esc(whyMissing(f.m, "toolEvents")));
  }
  const top = [...execs].sort((a, b) => (b.execution_time_ms ?? 0) - (a.execution_time_ms ?? 0)).slice(0, TOP);
  const rows = top.map((e) => [esc(e.agent_id ?? "?"), e.round_number === null || e.round_number === undefined ? "—" : String(e.round_number), esc(e.tool_name ?? "?"), secs(e.execution_time_ms ?? null), e.success === false ? "failed" : "ok"]);
  return table(["Agent", "Round", "Tool", "Time", "Result"], rows);
}
