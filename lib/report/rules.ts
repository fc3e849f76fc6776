import { eventRef, labelAuthor, voteRef, winnerTally } from "./facts";
import { LARGE_OUTPUT_CHARS, type Findings } from "./findings";
import { INFRA_REASONS } from "./reason-codes";
import { slowestRounds } from "./phases";
import { redundantCalls, scope } from "./tool-calls";

/**
 * Recommendations are never free text: each comes from one rule over the
 * findings and carries the evidence it fired on (issue 6, section 8).
 * Evidence strings are raw; the renderer escapes them.
 */
export type Priority = "high" | "medium" | "low";

export interface Recommendation {
  rule: string;
  priority: Priority;
  title: string;
  action: string;
  evidence: string[];
}

type Rule = (f: Findings) => Recommendation | null;

const rec = (rule: string, priority: Priority, title: string, action: string, evidence: string[]): Recommendation => ({ rule, priority, title, action, evidence });
const n = (x: number) => x.toLocaleString("en-US");

const unfinished: Rule = ({ m }) =>
  m.state === "running" || m.state === "interrupted"
    ? rec("run-unfinished", "high", `The run is ${m.state}`, "Regenerate this report after the attempt ends; end-of-run files (coordination_events.json, metrics_*.json) are not written yet.", [`state: ${m.state} (${m.stateReason})`, `${m.relPath}/status.json`])
    : null;

const errorsAndTimeouts: Rule = ({ m }) => {
  const errs = m.errors;
  const killed = m.agents.filter((a) => a.error);
  if (!errs.length && !killed.length && m.finishReason !== "timeout") return null;
  const evidence = [
    ...errs.map((e) => {
      const ev = m.coordinationEvents?.find((c) => c.timestamp === e.timestamp && c.agentId === e.agentId && (c.type === "agent_error" || c.type === "agent_timeout"));
      return `${e.type} of ${e.agentId ?? "orchestrator"}: ${e.message.slice(0, 120)}${ev ? ` (${eventRef(m, ev)})` : ""}`;
    }),
    ...killed.map((a) => `status.json agents.${a.id}.error: ${a.error?.type} — ${(a.error?.message ?? "").slice(0, 120)}`),
    ...(m.finishReason === "timeout" ? [`status.json finish_reason: timeout (${m.finishReasonDetails ?? ""})`] : []),
  ];
  return rec("agent-errors", "high", "Agents failed or timed out", "Check the backends of the failing agents (keys, quotas, model names) and raise the orchestrator timeout if agents are cut off while still working.", evidence);
};

const orchestrationRestart: Rule = ({ input }) => {
  const restarted = input.attempts.filter((a) => a.superseded);
  if (!restarted.length) return null;
  return rec("orchestration-restart", "high", "Post-evaluation rejected an attempt", "Read why the earlier attempt's answer was rejected and tighten the task or the evaluation criteria: each restart repeats the whole coordination.", restarted.map((a) => `${a.relPath}: superseded, cost ${a.costUsd === null ? "not recorded" : `$${a.costUsd.toFixed(4)}`}`));
};

const infraRetries: Rule = ({ enforcement }) => {
  const infra = enforcement.filter((e) => e.event.reason && INFRA_REASONS.has(e.event.reason));
  if (!infra.length) return null;
  return rec("infra-retries", "high", "Backend or MCP failures forced retries", "Investigate the API/MCP errors below (network, provider status, MCP server health); these retries discard work and are not the agents' fault.", infra.map(({ agentId, event: e }) => `${agentId} round ${e.round ?? "?"}: ${e.reason}${e.errorMessage ? ` — ${e.errorMessage.slice(0, 100)}` : ""} (${e.bufferChars ?? 0} buffer chars lost)`));
};

const workflowRetries: Rule = ({ enforcement }) => {
  const wf = enforcement.filter((e) => !e.event.reason || !INFRA_REASONS.has(e.event.reason));
  if (!wf.length) return null;
  const chars = wf.reduce((s, e) => s + (e.event.bufferChars ?? 0), 0);
  return rec("workflow-retries", wf.length >= 3 ? "medium" : "low", "Agents did not follow the vote/new_answer workflow", `Strengthen the workflow instructions or swap the model for the agents below: ${n(wf.length)} retr${wf.length === 1 ? "y" : "ies"} discarded ${n(chars)} buffered chars.`, wf.map(({ agentId, event: e }) => `${agentId} round ${e.round ?? "?"}: ${e.reason ?? "unknown"} (${e.bufferChars ?? 0} chars)`));
};

const failedTools: Rule = ({ failedTools: ft }) =>
  ft.length ? rec("failed-tools", "medium", "Tool calls failed", "Fix the failing tool calls (paths, permissions, MCP server config); each failure costs a round trip and context.", ft.slice(0, 8).map((t) => `${t.agentId}: ${t.tool}${t.round === null ? "" : ` round ${t.round}`} — ${t.message.slice(0, 100) || "no message"} (${t.source})`)) : null;

const duplication: Rule = ({ calls, duplicates }) => {
  const redundant = redundantCalls(duplicates);
  if (!calls || redundant < 3) return null;
  return rec("duplicated-work", redundant / calls.length >= 0.2 ? "medium" : "low", "Agents repeated identical tool calls", "Share results between agents and rounds (for example a workspace summary in the context) instead of re-running the same calls.", [`${redundant} of ${calls.length} traced tool calls repeat an earlier identical call`, ...duplicates.slice(0, 3).map((g) => `${g.tool} ${g.command.slice(0, 80)}: ${g.calls.length}× ${scope(g)} (${g.files[0] ?? ""})`)]);
};

const largeOutputs: Rule = ({ outputs }) => {
  const big = outputs.filter((o) => o.chars >= LARGE_OUTPUT_CHARS);
  if (!big.length) return null;
  return rec("large-outputs", "medium", "Tool outputs flood the context", "Limit command output (head/tail, grep, pagination) so results stay under ~10k characters.", big.slice(0, 5).map((o) => `${o.agentId}: ${o.tool} returned ${n(o.chars)} chars (${o.source})`));
};

const ignoredVotes: Rule = ({ m, ignoredVotes: iv }) =>
  iv.length ? rec("ignored-votes", "low", "Votes were wasted by restarts", "Votes cast while a restart is pending are discarded; fewer mid-round answer updates (or update injection) avoid the wasted rounds.", iv.map((v) => `${v.voterId} → ${v.targetAgentId ?? "?"} (${voteRef(m, v)})`)) : null;

const narrowWin: Rule = ({ m }) => {
  const w = winnerTally(m);
  if (!m.winner || w.total === 0 || w.votes * 2 > w.total) return null;
  const others = Object.entries(m.finalRoundTally).filter(([l]) => l !== w.label).map(([l, c]) => `${l} (${labelAuthor(m, l) ?? "?"}): ${c}`);
  return rec("narrow-win", "medium", "The winner had no majority", "Review the final answer against the runners-up; consider more agents or explicit evaluation criteria so votes converge.", [`winner ${m.winner} (${w.label ?? "?"}): ${w.votes} of ${w.total} deciding votes`, ...others]);
};

const slowRound: Rule = ({ m, rounds }) => {
  const top = slowestRounds(rounds, 1)[0];
  const wall = m.durationSeconds;
  if (!top || wall === null || wall < 60 || (top.round.durationMs ?? 0) / 1000 < 0.5 * wall) return null;
  return rec("slow-round", "medium", "One round dominated the wall time", "Look at this round's trace for long tool calls or stalls; a per-round time limit would bound it.", [`${top.agentId} round ${top.round.round ?? "?"}: ${((top.round.durationMs ?? 0) / 1000).toFixed(1)} s of ${wall.toFixed(1)} s wall time`]);
};

const lowCache: Rule = ({ m }) => {
  const input = m.agents.reduce((s, a) => s + (a.usage?.inputTokens ?? 0), 0);
  const cached = m.agents.reduce((s, a) => s + (a.usage?.cachedInputTokens ?? 0), 0);
  if (input < 50_000 || m.agents.every((a) => a.usage?.cachedInputTokens == null) || cached / input >= 0.2) return null;
  return rec("low-cache", "low", "Little prompt caching", "Each round re-sends the growing context; enable prompt caching for backends that support it.", [`${n(cached)} of ${n(input)} input tokens cached (${((100 * cached) / input).toFixed(1)}%)`]);
};

const unreadable: Rule = ({ m }) =>
  m.parseIssues.length ? rec("unreadable-files", "low", "Some log files could not be read", "Check the files below; the report and dashboard skip what they cannot parse.", [...new Set(m.parseIssues.map((i) => i.file))].slice(0, 8)) : null;

const oldVersion: Rule = ({ m }) =>
  m.agents.every((a) => a.enforcement === null) && m.state !== "running"
    ? rec("old-massgen", "low", "Upgrade MassGen for richer logs", "MassGen ≥ v0.1.38 records costs, round timing, tool metrics and enforcement retries, which several sections of this report need.", [`massgen_version: ${m.massgenVersion ?? "not recorded"} (${m.generation} layout)`])
    : null;

export const RULES: Rule[] = [unfinished, errorsAndTimeouts, orchestrationRestart, infraRetries, workflowRetries, failedTools, narrowWin, slowRound, duplication, largeOutputs, ignoredVotes, lowCache, unreadable, oldVersion];

export function recommendations(f: Findings): Recommendation[] {
  return RULES.map((r) => r(f)).filter((r): r is Recommendation => r !== null);
}
