/** Output of parseExecutionTrace (FORMAT.md §4.2). Offsets are UTF-16 char indexes into the text. */

export type TraceBlockKind =
  | "reasoning"
  | "content"
  | "tool_call"
  | "tool_result"
  | "tool_error"
  | "vote_cast"
  | "injected_context"
  | "answer_submitted"
  | "round"
  | "unknown";

export interface TraceVote {
  /** the heading's label (or agent id), e.g. "agent3.1" */
  label: string;
  availableOptions: string[];
  votedFor: string | null;
  reason: string | null;
}

export interface TraceBlock {
  kind: TraceBlockKind;
  /** heading text without the leading #'s, e.g. "Tool Call: vote" */
  heading: string;
  /** block span [start, end): heading line through the end of its body */
  start: number;
  end: number;
  /** where the body starts (after the heading line) */
  bodyStart: number;
  /** body text, trimmed; for tool results/errors the text inside the fence */
  body: string;
  /** tool name (tool_*), context name (injected_context), label (answer_submitted, round) */
  name?: string;
  /** tool_call: args parsed from the ```json fence (null if absent or invalid) */
  args?: unknown;
  /** tool_call: the raw text of the args fence */
  argsText?: string;
  vote?: TraceVote;
  /** round blocks: the round number */
  round?: number;
}

export interface TraceError {
  /** HH:MM:SS */
  time: string;
  tool: string;
  message: string;
  offset: number;
}

export interface ExecutionTrace {
  agentId: string | null;
  model: string | null;
  /** "YYYY-MM-DD HH:MM:SS", local time of the writer (parse with parseLocalIso) */
  started: string | null;
  blocks: TraceBlock[];
  /** the `## Errors` list at the end */
  errors: TraceError[];
}
