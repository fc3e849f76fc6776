import type { AttemptModel } from "@/lib/model/types";
import { groupIssuesByFile } from "@/lib/prepare/format";
import { offset, voteRef } from "../facts";
import type { Findings } from "../findings";
import { blocks, bullets, esc, heading, missing, numbered } from "../md";

/** Flow items beyond this are summarised, so a 20,000-event run stays readable. */
const MAX_FLOW = 150;

/** 1. Correctness Analysis: coordination flow by label, status checklist, issues found. */
export function correctnessSection(f: Findings): string {
  return blocks(heading(2, "1. Correctness Analysis"), heading(3, "Coordination Flow"), flow(f), heading(3, "Status checklist"), checklist(f), heading(3, "Issues Found"), issues(f));
}

interface Step {
  t: number | null;
  order: number;
  text: string;
}

function flow(f: Findings): string {
  const { m } = f;
  const steps: Step[] = [];
  m.answers.forEach((a, i) => steps.push({ t: a.timestamp, order: i, text: `**${esc(a.label)}** — ${esc(a.agentId)} submitted a new answer` }));
  m.votes.forEach((v, i) => {
    const target = v.targetLabel ?? v.targetAgentId ?? "unknown";
    const verb = v.ignored ? "voted (ignored: a restart was pending) for" : "voted for";
    steps.push({ t: v.timestamp, order: 1000 + i, text: `${esc(v.voterId)} ${verb} **${esc(target)}** (${esc(voteRef(m, v))})` });
  });
  m.stops.forEach((s, i) => steps.push({ t: s.timestamp, order: 2000 + i, text: `${esc(s.agentId)} stopped (${esc(s.status ?? "no status")}): ${esc(s.summary, 120)}` }));
  m.errors.forEach((e, i) => steps.push({ t: e.timestamp, order: 3000 + i, text: `${esc(e.agentId ?? "orchestrator")} ${e.type}: ${esc(e.message, 160)}` }));
  const final = m.finalAnswer;
  if (final) steps.push({ t: m.endTime, order: 4000, text: `**${esc(final.label ?? "final")}** — ${esc(final.agentId)} presented the final answer (${esc(final.file)})` });
  if (!steps.length) return missing("coordination flow", m.state === "running" ? "no answer or vote has been recorded yet (the run is still running)." : "no answers, votes or stops were recorded.");
  // unknown times sort after known ones, keeping each kind's own order
  steps.sort((a, b) => (a.t ?? Infinity) - (b.t ?? Infinity) || a.order - b.order);
  const lines = steps.slice(0, MAX_FLOW).map((s) => `${s.t !== null && offset(m, s.t) ? `\`${offset(m, s.t)}\` ` : ""}${s.text}`);
  const more = steps.length > MAX_FLOW ? `\n\n… and ${steps.length - MAX_FLOW} more steps (see coordination_events.json).` : "";
  return `${numbered(lines)}${more}`;
}

function box(ok: boolean, text: string): string {
  return `- [${ok ? "x" : " "}] ${text}`;
}

function checklist(f: Findings): string {
  const { m } = f;
  const voters = new Set([...f.votes.map((v) => v.voterId), ...m.stops.map((s) => s.agentId)]);
  const nonVoters = m.agents.filter((a) => !voters.has(a.id)).map((a) => esc(a.id));
  const timeouts = m.errors.filter((e) => e.type === "timeout").length + m.agents.filter((a) => a.error?.type === "timeout").length;
  const errors = m.errors.filter((e) => e.type === "error").length;
  const attempts = f.input.attempts.length || 1;
  return [
    box(m.state === "complete", `Run finished (state: ${esc(m.state)} — ${esc(m.stateReason)})`),
    box(m.winner !== null, m.winner ? `Winner chosen: ${esc(m.winner)}` : "Winner chosen: no winner recorded"),
    box(nonVoters.length === 0 && m.agents.length > 0, nonVoters.length ? `All agents voted: no vote or stop from ${nonVoters.join(", ")}` : "All agents voted (or stopped)"),
    box(finalPresent(m), m.finalAnswer ? `Final answer present: ${esc(m.finalAnswer.file)} (${m.finalAnswer.text.length.toLocaleString("en-US")} chars)` : "Final answer present: no final/<winner>/answer.txt"),
    box(errors === 0 && timeouts === 0, `No errors or timeouts (${errors} error${errors === 1 ? "" : "s"}, ${timeouts} timeout${timeouts === 1 ? "" : "s"})`),
    box(attempts === 1, attempts === 1 ? "No orchestration restart (1 attempt)" : `Orchestration restarts: ${attempts - 1} (${attempts} attempts)`),
    `- Agent restarts: ${f.restarts === null ? "not recorded (no coordination_events.json)" : `${f.restarts} (normal: an agent restarts when a peer publishes a new answer)`}`,
  ].join("\n");
}

function finalPresent(m: AttemptModel): boolean {
  return m.finalAnswer !== null && m.finalAnswer.text.trim() !== "";
}

function issues(f: Findings): string {
  const { m } = f;
  const out: string[] = [];
  if (m.state === "running" || m.state === "interrupted") out.push(`The run is ${m.state} (${esc(m.stateReason)}); this report covers only what was written so far.`);
  if (m.superseded) out.push("This attempt was superseded by a later attempt of the same turn (orchestration restart).");
  if (m.finalAnswer && m.finalAnswer.text.trim() === "") out.push(`The final answer file ${esc(m.finalAnswer.file)} is empty.`);
  if (m.state === "complete" && !m.finalAnswer) out.push("The run is complete but no final answer file was found.");
  if (f.ignoredVotes.length) out.push(`${f.ignoredVotes.length} vote(s) were ignored because a restart was pending: ${f.ignoredVotes.map((v) => `${esc(v.voterId)} (${esc(voteRef(m, v))})`).join(", ")}.`);
  const tied = tie(m);
  if (tied) out.push(`The deciding round was tied between ${tied.map((l) => esc(l)).join(", ")}.`);
  for (const e of m.errors) out.push(`${e.type === "timeout" ? "Timeout" : "Error"} (${esc(e.agentId ?? "orchestrator")}): ${esc(e.message, 200)}`);
  if (m.enforcementRetries) out.push(`${m.enforcementRetries} enforcement retr${m.enforcementRetries === 1 ? "y" : "ies"} (see 7. Errors & Issues).`);
  for (const g of groupIssuesByFile(m.parseIssues)) out.push(`Could not fully read ${esc(g.file)}: ${esc(g.messages[0] ?? "", 200)}${g.messages.length > 1 ? ` (+${g.messages.length - 1} more)` : ""}`);
  return out.length ? bullets(out) : "No correctness issues found: a winner was chosen, every agent voted and the final answer is present.";
}

function tie(m: AttemptModel): string[] | null {
  const entries = Object.entries(m.finalRoundTally);
  const max = Math.max(0, ...entries.map(([, n]) => n));
  const top = entries.filter(([, n]) => n === max).map(([l]) => l);
  return max > 0 && top.length > 1 ? top : null;
}
