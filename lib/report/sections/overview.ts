import { formatDuration, formatMoney } from "@/lib/prepare/format";
import { agentLabel } from "../facts";
import type { Findings } from "../findings";
import { blocks, esc, heading, int, table } from "../md";

/** Session Overview (FORMAT.md §7): the template's rows, then attempts and the MassGen version. */
export function overviewSection(f: Findings): string {
  const { m, input } = f;
  const attempts = input.attempts.length ? input.attempts : [m];
  const rows: [string, string][] = [
    ["Question", m.question === null ? "not recorded" : esc(m.question, 300)],
    ["State", `${esc(m.state)} (${esc(m.stateReason)})`],
    ["Duration", m.durationSeconds === null ? "not recorded" : `${formatDuration(m.durationSeconds)} (${m.durationSeconds.toFixed(1)} s wall time)`],
    ["Agents", `${m.agents.length}: ${m.agents.map((a) => esc(agentLabel(m, a.id))).join(", ") || "none recorded"}`],
    ["Winner", m.winner === null ? "none" : esc(m.winner)],
    ["Total Cost", money(m.costUsd)],
    ["Total Answers", String(m.answers.length)],
    ["Total Votes", `${f.votes.length}${f.ignoredVotes.length ? ` (plus ${f.ignoredVotes.length} ignored, not counted)` : ""}`],
    ["Total Restarts", f.restarts === null ? "not recorded (no coordination_events.json)" : `${f.restarts} (restart_triggered events)`],
    ["Attempts", attemptsText(f)],
    ["Total Tokens", m.inputTokens === null ? "not recorded" : `${int(m.inputTokens)} input · ${int(m.outputTokens)} output`],
    ["MassGen Version", m.massgenVersion === null ? `not recorded (${m.generation} layout)` : `${esc(m.massgenVersion)} (${m.generation} layout)`],
  ];
  if (attempts.length > 1) {
    const costs = attempts.map((a) => a.costUsd);
    const total = costs.every((c) => c === null) ? null : costs.reduce<number>((s, c) => s + (c ?? 0), 0);
    rows.splice(6, 0, ["Turn Cost (all attempts)", money(total)]);
  }
  return blocks(heading(2, "Session Overview"), table(["Metric", "Value"], rows));
}

/** The dashboard's money format, plus the exact figure so the report can be checked to the cent. */
export function money(usd: number | null): string {
  if (usd === null) return "not recorded";
  return `${formatMoney(usd)} (exact: $${usd.toFixed(6)})`;
}

function attemptsText(f: Findings): string {
  const all = f.input.attempts.length ? f.input.attempts : [f.m];
  const desc = all.map((a) => {
    const name = a.attempt === null ? "run" : `attempt ${a.attempt}`;
    const what = a.superseded ? "restarted (superseded)" : a.state;
    return `${name}: ${esc(what)}${a.winner ? `, winner ${esc(a.winner)}` : ""}${a.relPath === f.m.relPath ? " ← this report" : ""}`;
  });
  return `${all.length} (${desc.join("; ")})`;
}
