import type { CoordinationEventView, Vote } from "@/lib/model/types";
import { facetOf } from "./coordination-facets";
import type { CoordCell, CoordFacet } from "./coordination-types";

/**
 * One coordination event (FORMAT.md §3.4.2) → the acting cell of its row.
 * Context keys are read defensively: the format is not ours and any key may
 * be missing in an older or newer MassGen.
 */

export interface CellContext {
  /** label → author agent id (answers and label prefixes) */
  labelAgent: (label: string | null) => string | null;
  answerTexts: Record<string, string>;
  /** the model's ignored vote for this event (reason recovered from agent_outputs), if any */
  ignoredVote: (e: CoordinationEventView) => Vote | undefined;
}

const PREVIEW = 160;

export function preview(text: string | null | undefined): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW - 1)}…` : flat;
}

function s(v: unknown): string | null {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
}

function list(v: unknown): string[] | null {
  return Array.isArray(v) ? v.map((x) => String(x)) : null;
}

function strip(details: string, prefix: RegExp): string {
  return details.replace(prefix, "");
}

function cell(headline: string, tone: CoordCell["tone"], over: Partial<CoordCell> = {}): CoordCell {
  return { headline, label: null, labelAgentId: null, text: null, labels: null, answerKey: null, tone, ...over };
}

/** Before v0.1.33 an ignored vote was logged as an agent_error (§3.4.2, lib/model/ignored-votes.ts). */
function isOldIgnored(e: CoordinationEventView): boolean {
  return e.type === "agent_error" && e.details.includes("VOTE_IGNORED");
}

export function eventCell(e: CoordinationEventView, ctx: CellContext): { facet: CoordFacet; cell: CoordCell } {
  const c = e.context;
  const d = e.details;
  if (e.type === "vote_ignored" || isOldIgnored(e)) {
    const v = ctx.ignoredVote(e);
    const target = v?.targetAgentId ?? /Voted for (\S+) but ignored/.exec(d)?.[1] ?? null;
    const why = v?.reasonKnown && v.reason ? `Reason: ${v.reason}` : "Cast while a restart was pending; not counted.";
    return { facet: "ignored", cell: cell("VOTE IGNORED", "warn", { text: `${target ? `For ${target}. ` : ""}${why}`, labelAgentId: target }) };
  }
  const facet = facetOf(e.type);
  switch (e.type) {
    case "new_answer": {
      const label = s(c["label"]) ?? /answer (\S+)/.exec(d)?.[1] ?? null;
      const text = label ? ctx.answerTexts[label] : undefined;
      return { facet, cell: cell("NEW ANSWER", "answer", { label, labelAgentId: e.agentId, text: preview(text), answerKey: text && label ? label : null }) };
    }
    case "vote_cast": {
      const label = s(c["voted_for_label"]);
      const target = s(c["voted_for"]) ?? ctx.labelAgent(label);
      return { facet, cell: cell("VOTE", "vote", { label: label ?? target, labelAgentId: target, text: s(c["reason"]) }) };
    }
    case "final_answer": {
      const label = s(c["label"]) ?? /answer (\S+)/.exec(d)?.[1] ?? null;
      const key = label && ctx.answerTexts[label] !== undefined ? label : null;
      return { facet, cell: cell("FINAL ANSWER", "ok", { label, labelAgentId: e.agentId, text: preview(key ? ctx.answerTexts[key] : null), answerKey: key }) };
    }
    case "final_agent_selected":
      return { facet, cell: cell("SELECTED AS WINNER", "ok", { text: s(c["vote_summary"]) ?? d, labels: list(c["all_answers"]) }) };
    case "final_round_start":
      return { facet, cell: cell("FINAL ROUND", "ok", { text: d }) };
    case "status_change":
      return { facet, cell: cell("STATUS", "muted", { text: strip(d, /^Changed to status:\s*/) }) };
    case "context_received":
      return { facet, cell: cell("CONTEXT", "neutral", { labels: list(c["available_answer_labels"]) ?? list(c["available_answers"]) ?? [] }) };
    case "iteration_start":
    case "iteration_end":
      return { facet, cell: cell(e.type === "iteration_start" ? `ITERATION ${e.iteration ?? ""}`.trim() : "ITERATION END", "muted", { labels: list(c["available_answers"]) }) };
    case "restart_triggered": {
      const affected = list(c["affected_agents"]);
      return { facet, cell: cell("RESTART TRIGGERED", "neutral", { text: affected ? `Affects ${affected.join(", ")}` : d }) };
    }
    case "restart_completed":
      return { facet, cell: cell("RESTART COMPLETED", "neutral", { text: s(c["agent_round"]) ? `Now in round ${s(c["agent_round"])}` : d }) };
    case "update_injected":
      return { facet, cell: cell("UPDATE RECEIVED", "neutral", { text: strip(d, /^UPDATE_INJECTED:\s*/) }) };
    case "agent_stopped":
      return { facet, cell: cell("STOP", "vote", { text: s(c["summary"]) ?? d, label: s(c["status"]) }) };
    case "agent_error":
      return { facet, cell: cell("ERROR", "bad", { text: strip(d, /^ERROR:\s*/) }) };
    case "agent_timeout":
      return { facet, cell: cell("TIMEOUT", "bad", { text: strip(d, /^TIMEOUT:\s*/) }) };
    case "agent_cancelled":
      return { facet, cell: cell("CANCELLED", "muted", { text: strip(d, /^CANCELLED:\s*/) }) };
    case "session_start":
    case "session_end":
      return { facet, cell: cell(e.type === "session_start" ? "SESSION START" : "SESSION END", "muted", { text: d }) };
    default:
      // broadcasts, checkpoints and types this dashboard does not know: the raw type and details
      return { facet, cell: cell(e.type.toUpperCase(), facet === "unknown" ? "warn" : "neutral", { text: d || null }) };
  }
}

/** An agent's state after an event, as coordination_table.txt shows it (§4.1); undefined = unchanged. */
export function stateAfter(e: CoordinationEventView, c: { cell: CoordCell; facet: CoordFacet }): string | undefined {
  switch (e.type) {
    case "status_change":
      return c.cell.text ?? undefined;
    case "new_answer":
      return c.cell.label ? `answered ${c.cell.label}` : "answered";
    case "vote_cast":
      return c.cell.label ? `voted ${c.cell.label}` : "voted";
    case "agent_stopped":
      return "stopped";
    case "restart_completed":
      return "restarted";
    case "final_answer":
      return "final answer given";
    case "agent_timeout":
      return "timeout";
    case "agent_cancelled":
      return "cancelled";
    case "agent_error":
      return c.facet === "ignored" ? undefined : "error";
    default:
      return undefined;
  }
}
