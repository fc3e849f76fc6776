import type { AttemptModel, Vote } from "@/lib/model/types";
import { labelAuthor, offset, voteRef } from "../facts";
import type { Findings } from "../findings";
import { blocks, bullets, esc, heading, int, table } from "../md";

/** 5. Agent Behavior Analysis: answer progression, votes with full reasons, decisions, switches. */
export function behaviorSection(f: Findings): string {
  return blocks(
    heading(2, "5. Agent Behavior Analysis"),
    heading(3, "Answer Progression"),
    progression(f.m),
    heading(3, "Voting Analysis"),
    voting(f),
    heading(3, "Vote vs New Answer Decisions"),
    decisions(f),
    heading(3, "Vote Switches"),
    switches(f),
  );
}

function progression(m: AttemptModel): string {
  if (!m.answers.length) return m.state === "running" ? "No answer has been submitted yet (the run is still running)." : "No answers were recorded.";
  const rows = m.agents.map((a) => {
    const mine = m.answers.filter((x) => x.agentId === a.id);
    let prev: number | null = null;
    const steps = mine.map((x) => {
      const len = x.text?.length ?? null;
      const delta = len !== null && prev !== null && prev > 0 ? ` ${len >= prev ? "+" : ""}${Math.round((100 * (len - prev)) / prev)}%` : "";
      prev = len;
      const when = offset(m, x.timestamp);
      return `${esc(x.label)}${when ? ` ${when}` : ""}${len === null ? "" : ` (${int(len)} chars${delta})`}`;
    });
    return [esc(a.id), String(mine.length), steps.join(" → ") || "no answer"];
  });
  return table(["Agent", "Answers", "Progression (label, time, length)"], rows);
}

function voting(f: Findings): string {
  const { m } = f;
  if (!m.votes.length) {
    return m.stops.length ? `No votes: this run used decomposition mode, where agents stop instead of voting (${m.stops.length} stop(s)).` : "No votes were recorded.";
  }
  const rows = m.votes.map((v, i) => [
    String(i + 1),
    esc(v.voterId),
    esc(v.targetLabel ?? "—"),
    esc(v.targetAgentId ?? labelAuthor(m, v.targetLabel) ?? "—"),
    v.ignored ? "no (ignored)" : "yes",
    v.reasonKnown ? esc(v.reason) || "(empty)" : "not recorded",
    esc(voteRef(m, v)),
  ]);
  const tally = Object.entries(m.finalRoundTally).map(([l, n]) => `${esc(l)}: ${n}`).join(", ") || "none";
  const all = m.statusVotes ? Object.entries(m.statusVotes).map(([l, n]) => `${esc(l)}: ${n}`).join(", ") : null;
  return blocks(
    table(["#", "Voter", "Voted for", "Author", "Counted", "Reason (full)", "Evidence"], rows),
    bullets([
      `Deciding round (each agent's latest vote not wiped by a restart): ${tally}.`,
      all === null ? "status.json results.votes: not recorded." : `All accepted votes of the attempt (status.json results.votes): ${all}.`,
    ]),
  );
}

function decisions(f: Findings): string {
  const { m } = f;
  const rows = m.agents.map((a) => {
    const outcomes = (a.rounds ?? []).reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.outcome ?? "unknown"]: (acc[r.outcome ?? "unknown"] ?? 0) + 1 }), {});
    const votes = f.votes.filter((v) => v.voterId === a.id).length;
    const ignored = f.ignoredVotes.filter((v) => v.voterId === a.id).length;
    const stops = m.stops.filter((s) => s.agentId === a.id).length;
    const restarted = a.rounds ? String(outcomes["restarted"] ?? 0) : "—";
    return [esc(a.id), String(a.answerCount), String(votes), String(ignored), String(stops), restarted, decision(a.answerCount, votes)];
  });
  return table(["Agent", "New answers", "Votes", "Ignored votes", "Stops", "Rounds restarted", "Pattern"], rows);
}

function decision(answers: number, votes: number): string {
  if (answers === 0 && votes === 0) return "no decision recorded";
  if (votes === 0) return "only answered";
  if (answers === 0) return "only voted";
  if (answers > votes) return "mostly revised its answer";
  if (votes > answers) return "mostly voted";
  return "balanced";
}

/** A switch: an agent's vote goes to a different author than its previous vote (a newer label of the same author is a follow). */
function switches(f: Findings): string {
  const { m } = f;
  const out: string[] = [];
  for (const a of m.agents) {
    const mine = f.votes.filter((v) => v.voterId === a.id);
    for (let i = 1; i < mine.length; i++) {
      const [prev, cur] = [mine[i - 1] as Vote, mine[i] as Vote];
      const from = prev.targetAgentId ?? labelAuthor(m, prev.targetLabel);
      const to = cur.targetAgentId ?? labelAuthor(m, cur.targetLabel);
      if (from === to && prev.targetLabel === cur.targetLabel) continue;
      const kind = from === to ? "followed the revision" : "switched";
      out.push(`${esc(a.id)} ${kind}: ${esc(prev.targetLabel ?? from ?? "?")} → ${esc(cur.targetLabel ?? to ?? "?")} (${esc(voteRef(m, cur))})`);
    }
  }
  return out.length ? bullets(out) : "No agent changed its vote target.";
}
