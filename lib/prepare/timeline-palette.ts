/**
 * Colours of round outcomes (FORMAT.md §8.7) and enforcement reasons (§8.6).
 * Outcomes use soft fills so the agent colour stays the lane's identity;
 * reasons are grouped by hue family: tool-use problems violet, vote/answer
 * workflow errors blue-teal / amber, API and connection problems red, MCP slate.
 * Outcome colours are light-dark() pairs, resolved by the page theme (app/globals.css).
 */
import type { LegendItem } from "./timeline-types";

export const OUTCOME_COLORS: Record<string, { fill: string; stroke: string; label: string }> = {
  answer: { fill: "light-dark(#bbf7d0, #14532d)", stroke: "light-dark(#15803d, #4ade80)", label: "answer" },
  vote: { fill: "light-dark(#c7d2fe, #312e81)", stroke: "light-dark(#4338ca, #a5b4fc)", label: "vote" },
  presentation: { fill: "light-dark(#fde68a, #713f12)", stroke: "light-dark(#b45309, #fbbf24)", label: "presentation" },
  post_evaluation: { fill: "light-dark(#a5f3fc, #164e63)", stroke: "light-dark(#0e7490, #67e8f9)", label: "post-evaluation" },
  restarted: { fill: "light-dark(#e4e4e7, #3f3f46)", stroke: "light-dark(#71717a, #a1a1aa)", label: "restarted" },
  error: { fill: "light-dark(#fecaca, #7f1d1d)", stroke: "light-dark(#b91c1c, #f87171)", label: "error" },
  timeout: { fill: "light-dark(#fed7aa, #7c2d12)", stroke: "light-dark(#c2410c, #fb923c)", label: "timeout" },
};
export const UNKNOWN_OUTCOME = { fill: "light-dark(#f4f4f5, #27272a)", stroke: "light-dark(#a1a1aa, #71717a)", label: "in progress / unknown" };

export const REASON_COLORS: Record<string, string> = {
  no_workflow_tool: "#7c3aed",
  no_tool_calls: "#a855f7",
  unknown_tool: "#c026d3",
  invalid_vote_id: "#0284c7",
  vote_no_answers: "#0891b2",
  vote_and_answer: "#0d9488",
  answer_limit: "#ca8a04",
  answer_novelty: "#d97706",
  answer_duplicate: "#ea580c",
  api_error: "#dc2626",
  fatal_api_error: "#7f1d1d",
  connection_recovery: "#e11d48",
  mcp_disconnected: "#475569",
};
export const UNKNOWN_REASON_COLOR = "#71717a";

/** All 13 codes of §8.6, in the table's order. */
export const REASON_CODES = Object.keys(REASON_COLORS);

export const ANSWER_COLOR = "light-dark(#15803d, #4ade80)";
export const VOTE_COLOR = "light-dark(#4338ca, #a5b4fc)";
export const ERROR_COLOR = "light-dark(#b91c1c, #f87171)";
export const TIMEOUT_COLOR = "light-dark(#c2410c, #fb923c)";

export function outcomeColor(outcome: string | null): { fill: string; stroke: string; label: string } {
  return (outcome && OUTCOME_COLORS[outcome]) || UNKNOWN_OUTCOME;
}

export function reasonColor(reason: string | null): string {
  return (reason && REASON_COLORS[reason]) || UNKNOWN_REASON_COLOR;
}

export function reasonLabel(reason: string | null): string {
  return reason ? reason.replace(/_/g, " ") : "unknown reason";
}

export function legendFor(keys: Iterable<string | null>, kind: "outcome" | "reason"): LegendItem[] {
  const seen = [...new Set(keys)];
  const order = kind === "outcome" ? Object.keys(OUTCOME_COLORS) : REASON_CODES;
  seen.sort((a, b) => rank(order, a) - rank(order, b));
  return seen.map((k) =>
    kind === "outcome"
      ? { key: k ?? "unknown", label: outcomeColor(k).label, color: outcomeColor(k).stroke }
      : { key: k ?? "unknown", label: reasonLabel(k), color: reasonColor(k) },
  );
}

function rank(order: string[], k: string | null): number {
  const i = k === null ? -1 : order.indexOf(k);
  return i < 0 ? order.length : i;
}
