import type { TraceBlockKind } from "@/lib/parse/trace-types";

/**
 * Wire types of the trace viewer (issue #3 "Execution traces"). The server
 * sends an outline first and block bodies on demand, so a 10 MB
 * execution_trace.md (FORMAT.md §4.2) never travels whole. Offsets are BYTES.
 */

export type TraceFileKind = "answer" | "vote" | "partial" | "final";

/** One execution_trace.md of an attempt; `path` is RUN-relative (posix). */
export interface TraceFileRef {
  path: string;
  agentId: string;
  /** snapshot dir name (`YYYYMMDD_HHMMSS_ffffff`); null for final/<agent>/ */
  ts: string | null;
  kind: TraceFileKind;
  size: number;
}

/** `error_list` is the `## Errors` section at the end of a trace. */
export type OutlineKind = TraceBlockKind | "error_list";

export interface OutlineBlock {
  index: number;
  kind: OutlineKind;
  /** heading text without #'s, bounded */
  title: string;
  /** tool name, context name or label, when the heading has one */
  name: string | null;
  /** [start, end): heading line through the trimmed end of the body */
  start: number;
  end: number;
  /** tool error, or a tool result reporting failure (judged on its first KBs) */
  error: boolean;
  /** one line of the body, bounded */
  preview: string;
  /** vote_cast blocks: whom the vote went to */
  votedFor: string | null;
}

export interface TraceOutline {
  file: string;
  size: number;
  mtimeMs: number;
  agentId: string | null;
  model: string | null;
  started: string | null;
  blocks: OutlineBlock[];
  /** problems met while scanning (e.g. ends inside a fence) */
  issues: string[];
}

/** What a block body looks like once loaded, ready to draw. */
export type BlockDetail =
  | { kind: "text"; text: string; markdown: boolean }
  | { kind: "tool_call"; name: string | null; args: string; argsValid: boolean }
  | { kind: "tool_result"; name: string | null; text: string; failed: boolean }
  | { kind: "vote"; label: string; votedFor: string | null; options: string[]; reason: string | null }
  | { kind: "errors"; items: { time: string; tool: string; message: string }[] };

/** One part of a block: raw text always; `detail` when the whole block fit in this part. */
export interface BlockPart {
  index: number;
  offset: number;
  /** offset of the next part within the block, null when this was the last */
  nextOffset: number | null;
  totalBytes: number;
  text: string;
  detail: BlockDetail | null;
}

export interface SearchHits {
  query: string;
  /** blocks containing the query, in order, with match counts */
  hits: { block: number; count: number }[];
  total: number;
  /** true when the scan stopped at the match cap */
  truncated: boolean;
}
