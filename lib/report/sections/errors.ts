import { formatLocalDateTime } from "@/lib/prepare/format";
import type { Findings } from "../findings";
import { blocks, bullets, esc, heading, int, missing, table } from "../md";
import { whyMissing } from "../missing";
import { reasonMeaning } from "../reason-codes";

/** 7. Errors & Issues: enforcement retries by reason code and agent, exceptions, failed tool calls, agent errors, timeouts. */
export function errorsSection(f: Findings): string {
  return blocks(
    heading(2, "7. Errors & Issues"),
    heading(3, "Enforcement Retries"),
    enforcement(f),
    heading(3, "Exceptions"),
    exceptions(f),
    heading(3, "Failed Tool Calls"),
    failedTools(f),
    heading(3, "Agent Errors"),
    agentErrors(f),
    heading(3, "Timeouts"),
    timeouts(f),
  );
}

function enforcement(f: Findings): string {
  const { m } = f;
  if (m.agents.every((a) => a.enforcement === null)) return missing("enforcement retries", esc(whyMissing(m, "enforcement")));
  if (!f.enforcement.length) return `No enforcement retries (status.json reliability of ${m.agents.length} agent(s)).`;
  const groups = new Map<string, { reason: string; agentId: string; count: number; chars: number }>();
  for (const { agentId, event } of f.enforcement) {
    const reason = event.reason ?? "unknown";
    const key = `${reason}\u0000${agentId}`;
    const g = groups.get(key) ?? { reason, agentId, count: 0, chars: 0 };
    groups.set(key, { ...g, count: g.count + 1, chars: g.chars + (event.bufferChars ?? 0) });
  }
  const rows = [...groups.values()]
    .sort((a, b) => a.reason.localeCompare(b.reason) || a.agentId.localeCompare(b.agentId))
    .map((g) => [esc(g.reason), esc(reasonMeaning(g.reason)), esc(g.agentId), String(g.count), int(g.chars)]);
  const totals = m.agents.filter((a) => a.enforcement?.count).map((a) => `${esc(a.id)}: ${a.enforcement?.count} retr${a.enforcement?.count === 1 ? "y" : "ies"}, ${int(a.enforcement?.bufferCharsLost ?? 0)} buffer chars lost`);
  const detail = f.enforcement.map(({ agentId, event: e }) => {
    const at = [`round ${e.round ?? "?"}`, `attempt ${e.attempt ?? "?"}/${e.maxAttempts ?? "?"}`].join(", ");
    const tools = e.toolCalls.length ? `, tools: ${esc(e.toolCalls.join(", "))}` : "";
    const err = e.errorMessage ? `, error: ${esc(e.errorMessage, 200)}` : "";
    return `${esc(agentId)} — ${esc(e.reason ?? "unknown")} (${at}${tools}${err}), ${int(e.bufferChars)} chars discarded`;
  });
  return blocks(
    `${f.enforcement.length} enforcement retr${f.enforcement.length === 1 ? "y" : "ies"} (status.json agents.*.reliability, FORMAT.md §3.1.6):`,
    table(["Reason code", "Meaning", "Agent", "Retries", "Buffer chars lost"], rows),
    bullets(totals),
    `Each retry:\n${bullets(detail)}`,
  );
}

function exceptions(f: Findings): string {
  const issues = f.m.parseIssues;
  const note = "massgen.log tracebacks are not parsed by this report; recorded errors are listed under Agent Errors.";
  if (!issues.length) return `No unreadable or malformed log files. ${note}`;
  return blocks(`${issues.length} problem(s) reading the log files:`, bullets(issues.slice(0, 30).map((i) => `${esc(i.file)}: ${esc(i.message, 200)}`)), note);
}

function failedTools(f: Findings): string {
  if (!f.failedTools.length) {
    if (f.input.toolExecutions === null && !f.calls) return missing("per-call tool results", esc(whyMissing(f.m, "toolEvents")));
    const failures = f.m.tools?.failures;
    return failures ? `Tool metrics count ${failures} failure(s), but no per-call record names them.` : "No tool call failed.";
  }
  const rows = f.failedTools.map((t) => [esc(t.agentId), t.round === null ? "—" : String(t.round), esc(t.tool), esc(t.message, 200) || "—", esc(t.source)]);
  return table(["Agent", "Round", "Tool", "Error", "Source"], rows);
}

function agentErrors(f: Findings): string {
  const { m } = f;
  const errs = m.errors.filter((e) => e.type === "error");
  // status.json repeats an error the events already list; show it only when they do not
  const status = m.agents.filter((a) => a.error && a.error.type !== "timeout" && !errs.some((e) => e.agentId === a.id));
  if (!errs.length && !status.length) return "No agent errors recorded.";
  return bullets([
    ...errs.map((e) => `${esc(e.agentId ?? "orchestrator")} at ${formatLocalDateTime(e.timestamp) ?? "unknown time"}: ${esc(e.message, 300)}`),
    ...status.map((a) => `${esc(a.id)} (status.json error, ${esc(a.error?.type ?? "error")}): ${esc(a.error?.message ?? "", 300)}`),
  ]);
}

function timeouts(f: Findings): string {
  const { m } = f;
  const t = m.errors.filter((e) => e.type === "timeout");
  const status = m.agents.filter((a) => a.error?.type === "timeout" && !t.some((e) => e.agentId === a.id));
  const lines = [
    ...t.map((e) => `${esc(e.agentId ?? "orchestrator")}: ${esc(e.message, 300)}`),
    ...status.map((a) => `${esc(a.id)} (status.json): ${esc(a.error?.message ?? "", 300)}`),
  ];
  if (m.finishReason === "timeout") lines.unshift(`The attempt ended by timeout: ${esc(m.finishReasonDetails ?? "no details")}.`);
  return lines.length ? bullets(lines) : "No timeouts.";
}
