import { parseExecutionTrace } from "@/lib/parse/execution-trace";
import type { TraceBlock, TraceError } from "@/lib/parse/trace-types";
import type { BlockDetail, OutlineKind } from "./trace-types";

/**
 * Per-block view models. A block's bytes are re-parsed with the one trace
 * parser (lib/parse) rather than a second grammar: the slice gets a synthetic
 * file header so the parser sees it exactly as it sits inside the file.
 */

const SYNTHETIC_HEADER = "# Execution Trace: _\n\n";
const PREVIEW_CHARS = 140;
/** Reasoning larger than this is drawn as plain text: markdown of megabytes would stall the tab. */
const MARKDOWN_LIMIT = 20_000;

export function parseBlockText(text: string): { block: TraceBlock | null; errors: TraceError[] } {
  const parsed = parseExecutionTrace(SYNTHETIC_HEADER + text, "block").value;
  return { block: parsed?.blocks[0] ?? null, errors: parsed?.errors ?? [] };
}

/**
 * Does a tool result report failure? MassGen's MCP tools answer JSON with
 * `success: false` (FORMAT.md §4.2 excerpt) and some backends use `is_error`.
 * `complete` is false when only the first KBs of the result are known.
 */
export function resultFailed(body: string, complete: boolean): boolean {
  const trimmed = body.trim();
  if (complete && trimmed.startsWith("{")) {
    try {
      const v = JSON.parse(trimmed) as unknown;
      if (v !== null && typeof v === "object" && !Array.isArray(v)) {
        const o = v as Record<string, unknown>;
        return o.success === false || o.is_error === true || o.isError === true;
      }
    } catch {
      // not JSON after all: fall back to the textual check
    }
  }
  return /^\s*\{[\s\S]*?"(?:success"\s*:\s*false|is_?[eE]rror"\s*:\s*true)/.test(trimmed.slice(0, 4096));
}

function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

export interface BlockSummary {
  name: string | null;
  preview: string;
  error: boolean;
  votedFor: string | null;
}

/** Outline facts of a block from (possibly only the head of) its text. */
export function summarizeBlock(kind: OutlineKind, headText: string, complete: boolean): BlockSummary {
  if (kind === "error_list") return { name: null, preview: "", error: false, votedFor: null };
  const { block } = parseBlockText(headText);
  if (!block) return { name: null, preview: oneLine(headText), error: kind === "tool_error", votedFor: null };
  const body = kind === "tool_call" ? (block.argsText ?? block.body) : block.body;
  return {
    name: block.name ?? block.vote?.label ?? null,
    preview: kind === "vote_cast" ? oneLine(block.vote?.reason ?? "") : oneLine(body),
    error: kind === "tool_error" || (kind === "tool_result" && resultFailed(block.body, complete)),
    votedFor: block.vote?.votedFor ?? null,
  };
}

function prettyArgs(block: TraceBlock): { args: string; argsValid: boolean } {
  if (block.args !== null && block.args !== undefined) return { args: JSON.stringify(block.args, null, 2), argsValid: true };
  return { args: block.argsText ?? block.body, argsValid: false };
}

/** The drawable detail of a whole block's text. */
export function blockDetail(kind: OutlineKind, text: string): BlockDetail {
  const { block, errors } = parseBlockText(text);
  if (kind === "error_list") return { kind: "errors", items: errors.map(({ time, tool, message }) => ({ time, tool, message })) };
  if (!block) return { kind: "text", text, markdown: false };
  switch (block.kind) {
    case "tool_call":
      return { kind: "tool_call", name: block.name ?? null, ...prettyArgs(block) };
    case "tool_result":
    case "tool_error":
      return {
        kind: "tool_result",
        name: block.name ?? null,
        text: block.body,
        failed: block.kind === "tool_error" || resultFailed(block.body, true),
      };
    case "vote_cast":
      return {
        kind: "vote",
        label: block.vote?.label ?? "",
        votedFor: block.vote?.votedFor ?? null,
        options: block.vote?.availableOptions ?? [],
        reason: block.vote?.reason ?? null,
      };
    case "reasoning":
    case "content":
    case "answer_submitted":
      return { kind: "text", text: block.body, markdown: block.body.length <= MARKDOWN_LIMIT };
    default:
      return { kind: "text", text: block.body, markdown: false };
  }
}
