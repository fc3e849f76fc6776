import type { AttemptSummary, LogSummary } from "@/lib/model/types";
import type { AnalyzedFilter } from "./list-json";

/**
 * The readable table, shaped like `massgen logs list` (FORMAT.md §6): one row
 * per log dir, #, Timestamp, Duration, Cost, Analyzed, Question ≤ 35 chars,
 * plus State and Turns. Per log, each turn counts its accepted (last) attempt.
 */
const QUESTION_MAX = 35;

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function timestamp(unix: number | null): string {
  if (unix === null) return "-";
  const d = new Date(unix * 1000);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

function duration(s: number | null): string {
  if (s === null) return "-";
  const t = Math.round(s);
  if (t < 60) return `${t}s`;
  if (t < 3600) return `${Math.floor(t / 60)}m ${t % 60}s`;
  return `${Math.floor(t / 3600)}h ${Math.floor((t % 3600) / 60)}m`;
}

function sumOrNull(xs: (number | null)[]): number | null {
  const known = xs.filter((x) => x !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) : null;
}

function shorten(q: string | null): string {
  if (!q) return "-";
  const one = q.replace(/\s+/g, " ").trim();
  return one.length <= QUESTION_MAX ? one : `${one.slice(0, QUESTION_MAX - 3)}...`;
}

function row(i: number, l: LogSummary): string[] {
  const accepted = l.turns.map((t) => t.attempts[t.attempts.length - 1]).filter((a): a is AttemptSummary => a !== undefined);
  const last = accepted[accepted.length - 1];
  const cost = sumOrNull(accepted.map((a) => a.costUsd));
  return [
    String(i + 1),
    timestamp(l.startedAt ?? accepted[0]?.startedAt ?? null),
    duration(sumOrNull(accepted.map((a) => a.durationSeconds))),
    cost === null ? "-" : `$${cost.toFixed(2)}`,
    l.turns.some((t) => t.analyzed) ? "✓" : "-",
    last?.state ?? "-",
    String(l.turns.length),
    shorten(accepted[0]?.question ?? null),
  ];
}

const HEAD = ["#", "Timestamp", "Duration", "Cost", "Analyzed", "State", "Turns", "Question"];
const TITLES: Record<AnalyzedFilter, string> = { all: "Recent Runs", analyzed: "Analyzed Runs", unanalyzed: "Unanalyzed Runs" };

export function renderTable(logs: LogSummary[], filter: AnalyzedFilter, total: number): string {
  if (logs.length === 0) return `${TITLES[filter]}: none found.\n`;
  const rows = [HEAD, ...logs.map((l, i) => row(i, l))];
  const widths = HEAD.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c] ?? 0))).join("  ").trimEnd();
  const lines = [TITLES[filter], "", fmt(rows[0] ?? HEAD), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(fmt)];
  if (total > logs.length) lines.push("", `Showing ${logs.length} of ${total}; use --limit N to see more.`);
  return `${lines.join("\n")}\n`;
}
