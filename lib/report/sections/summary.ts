import { formatDuration, formatMoney } from "@/lib/prepare/format";
import { agentLabel, winnerTally } from "../facts";
import type { Findings } from "../findings";
import { blocks, esc, heading, quote } from "../md";
import type { Recommendation } from "../rules";

/** Executive Summary: 3–5 sentences built only from the findings (issue 6). */
export function summarySection(f: Findings, recs: Recommendation[]): string {
  const sentences = [outcome(f), why(f), cost(f), problems(f, recs), top(recs)].filter((s): s is string => s !== null);
  return blocks(heading(2, "Executive Summary"), sentences.slice(0, 5).join(" "));
}

function outcome(f: Findings): string {
  const { m } = f;
  const agents = `${m.agents.length} agent${m.agents.length === 1 ? "" : "s"}`;
  const q = m.question ? ` on ${quote(m.question, 120)}` : "";
  if (m.winner) return `The run ${m.state === "complete" ? "completed" : `ended (${esc(m.state)})`} with ${agents}${q}, and ${esc(agentLabel(m, m.winner))} was selected as the winner.`;
  if (m.state === "running" || m.state === "interrupted") return `The run is ${m.state} with ${agents}${q}; no winner has been selected (${esc(m.stateReason)}).`;
  return `The run ended (${esc(m.state)}) with ${agents}${q} and no winner.`;
}

function why(f: Findings): string | null {
  const { m } = f;
  if (!m.winner) return null;
  const w = winnerTally(m);
  if (!w.total) return m.stops.length ? "Agents stopped instead of voting (decomposition mode), so no vote decided the winner." : null;
  const reason = f.votes.filter((v) => v.targetLabel === w.label && v.reasonKnown && v.reason).at(-1);
  return `Its answer ${esc(w.label ?? "")} received ${w.votes} of ${w.total} votes in the deciding round${reason ? `; ${esc(reason.voterId)} wrote ${quote(reason.reason, 160)}` : ""}.`;
}

function cost(f: Findings): string {
  const { m } = f;
  const spent = [m.costUsd === null ? null : `cost ${formatMoney(m.costUsd)}`, m.durationSeconds === null ? null : `took ${formatDuration(m.durationSeconds)}`].filter(Boolean);
  const restarts = f.restarts === null ? "" : ` with ${f.restarts} agent restart(s)`;
  const attempts = f.input.attempts.length > 1 ? ` (attempt ${m.attempt ?? "?"} of ${f.input.attempts.length})` : "";
  const costNote = m.costUsd === null ? " Its cost was not recorded." : "";
  return `This attempt${attempts} ${[...spent, `produced ${m.answers.length} answer(s) and ${f.votes.length} counted vote(s)${restarts}`].join(", ")}.${costNote}`;
}

function problems(f: Findings, recs: Recommendation[]): string {
  const { m } = f;
  const list = [
    m.enforcementRetries ? `${m.enforcementRetries} enforcement retries` : null,
    m.errors.length ? `${m.errors.length} error(s)/timeout(s)` : null,
    f.failedTools.length ? `${f.failedTools.length} failed tool call(s)` : null,
    f.ignoredVotes.length ? `${f.ignoredVotes.length} ignored vote(s)` : null,
    m.parseIssues.length ? `${m.parseIssues.length} log-reading issue(s)` : null,
  ].filter(Boolean);
  if (list.length) return `Notable problems: ${list.join(", ")}.`;
  return recs.some((r) => r.priority === "high") ? "No errors, timeouts or retries were recorded." : "No errors, timeouts, enforcement retries or failed tool calls were recorded.";
}

function top(recs: Recommendation[]): string | null {
  const r = recs.find((x) => x.priority === "high") ?? recs.find((x) => x.priority === "medium");
  return r ? `Top recommendation: ${esc(r.title.toLowerCase())} (see 8. Recommendations).` : null;
}
