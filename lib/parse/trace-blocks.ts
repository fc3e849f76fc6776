import type { TraceBlock, TraceBlockKind, TraceError, TraceVote } from "./trace-types";

/** Recognised headings of FORMAT.md §4.2, in the writer's own words. */
const HEADINGS: Array<[RegExp, TraceBlockKind]> = [
  [/^### Tool Call: (.*)$/, "tool_call"],
  [/^### Tool Result: (.*)$/, "tool_result"],
  [/^### Tool Error: (.*)$/, "tool_error"],
  [/^### Reasoning\s*$/, "reasoning"],
  [/^### Content\s*$/, "content"],
  [/^### Injected Context: (.*)$/, "injected_context"],
  [/^### Answer Submitted(?: \((.*)\))?\s*$/, "answer_submitted"],
  [/^### Vote Cast: (.*)$/, "vote_cast"],
  [/^## Round (\d+)(?: \(Answer (.*)\))?\s*$/, "round"],
];

export function matchHeading(line: string): { kind: TraceBlockKind; m: RegExpExecArray } | null {
  if (!line.startsWith("## ") && !line.startsWith("### ")) return null;
  for (const [re, kind] of HEADINGS) {
    const m = re.exec(line);
    if (m) return { kind, m };
  }
  return null;
}

/** Free-text blocks: a "### Something" inside them is the model's own markdown. */
export const FREE_TEXT = new Set<TraceBlockKind>(["reasoning", "content", "injected_context", "answer_submitted"]);

const BARE_FENCE = /^ {0,3}(`{3,}|~{3,})\s*$/;
const OPEN_FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Text inside the first fence of `body`, up to its LAST bare closing fence:
 * tool output is not escaped and may itself contain ``` lines (§4.2).
 */
export function fenceContent(body: string): string | null {
  const firstNl = body.indexOf("\n");
  const firstLine = firstNl < 0 ? body : body.slice(0, firstNl);
  if (!OPEN_FENCE.test(firstLine) || firstNl < 0) return null;
  let close = body.length;
  let lineEnd = body.length;
  while (lineEnd > firstNl) {
    const lineStart = body.lastIndexOf("\n", lineEnd - 1) + 1;
    if (lineStart <= firstNl) break;
    if (BARE_FENCE.test(body.slice(lineStart, lineEnd))) {
      close = lineStart;
      break;
    }
    // only trailing blank lines may follow the closing fence
    if (body.slice(lineStart, lineEnd).trim() !== "") break;
    lineEnd = lineStart - 1;
  }
  return body.slice(firstNl + 1, Math.max(firstNl + 1, close - 1));
}

/** Fill kind-specific fields of a finished block. */
export function describeBlock(block: TraceBlock, m: RegExpExecArray | null, onBadArgs: (b: TraceBlock) => void): void {
  const g1 = m?.[1]?.trim();
  switch (block.kind) {
    case "tool_call": {
      if (g1 !== undefined) block.name = g1;
      const at = block.body.indexOf("**Args**:");
      const fenced = at >= 0 ? fenceContent(block.body.slice(at + "**Args**:".length).replace(/^[ \t]*\n/, "")) : null;
      if (fenced !== null) {
        block.argsText = fenced;
        try {
          block.args = JSON.parse(fenced);
        } catch {
          block.args = null;
          onBadArgs(block);
        }
      } else block.args = null;
      break;
    }
    case "tool_result":
    case "tool_error": {
      if (g1 !== undefined) block.name = g1;
      const fenced = fenceContent(block.body);
      if (fenced !== null) block.body = fenced;
      break;
    }
    case "injected_context":
    case "answer_submitted":
      if (g1 !== undefined) block.name = g1;
      break;
    case "round":
      block.round = Number(m?.[1]);
      if (m?.[2] !== undefined) block.name = m[2].trim();
      break;
    case "vote_cast":
      block.vote = parseVote(g1 ?? "", block.body);
      break;
    default:
      break;
  }
}

function parseVote(label: string, body: string): TraceVote {
  const field = (name: string) => new RegExp(`^\\*\\*${name}\\*\\*: ?(.*)$`, "m").exec(body);
  const options = field("Available options")?.[1]?.trim();
  const voted = field("Voted for")?.[1]?.trim();
  const reasonAt = body.search(/^\*\*Reason\*\*: ?/m);
  const reason = reasonAt < 0 ? null : body.slice(reasonAt).replace(/^\*\*Reason\*\*: ?/, "").trim();
  return {
    label,
    availableOptions: options ? options.split(",").map((s) => s.trim()).filter(Boolean) : [],
    votedFor: voted ?? null,
    reason,
  };
}

const ERROR_LINE = /^- \[(\d\d:\d\d:\d\d)\] \*\*Tool Error: (.*?)\*\* - ?(.*)$/;

/** One line of the `## Errors` list; continuation lines extend the previous entry. */
export function addErrorLine(errors: TraceError[], line: string, offset: number): void {
  const m = ERROR_LINE.exec(line);
  if (m) errors.push({ time: m[1] ?? "", tool: m[2] ?? "", message: m[3] ?? "", offset });
  else {
    const last = errors[errors.length - 1];
    if (last && line.trim() !== "") last.message += `\n${line}`;
  }
}

export { BARE_FENCE, OPEN_FENCE };

/** What one line of an execution_trace.md is to the block structure (TraceLines.classify). */
export type TraceLine =
  | { role: "fenced" }
  /** opens a code fence: starts an untitled block when none is open */
  | { role: "fence" }
  | { role: "file-header" }
  /** `## Errors`: closes the open block (dropping its trailing `---`) and starts the error list */
  | { role: "errors" }
  | { role: "heading"; kind: TraceBlockKind; m: RegExpExecArray }
  /** a `### x` heading nobody knows, after a blank line, outside free text: a block of its own */
  | { role: "unknown-heading" }
  /** any other `#` line: body of the open block, never the start of one nor an error line */
  | { role: "body" }
  | { role: "text"; blank: boolean };

/**
 * The block boundary rules of execution_trace.md (FORMAT.md §4.2), line by
 * line, shared by the in-memory parser (execution-trace.ts) and the streaming
 * outline of large traces (lib/server/trace-scan.ts): fence tracking (a
 * heading inside ``` is tool output), with recovery when unescaped ``` in tool
 * output flipped the fence state, headings, and the `## Errors` list.
 */
export class TraceLines {
  /** opening fence marker while inside a fence */
  fence: string | null = null;
  inErrors = false;
  lineNo = 0;
  private prevBlank = false;
  /** the last non-blank line was a bare fence */
  private lastNonBlankFence = false;

  /**
   * `line` without its newline; `cut`: only the head of a very long line was
   * read (it is then never a fence); `open`: the kind of the block open now.
   */
  classify(line: string, blank: boolean, cut: boolean, open: TraceBlockKind | "error_list" | null): TraceLine {
    this.lineNo++;
    const role = this.role(line, blank, cut, open);
    if (!blank) this.lastNonBlankFence = !cut && BARE_FENCE.test(line);
    this.prevBlank = blank;
    return role;
  }

  private role(line: string, blank: boolean, cut: boolean, open: TraceBlockKind | "error_list" | null): TraceLine {
    const first = line.charCodeAt(0);
    if (this.fence !== null) {
      const bare = cut ? null : BARE_FENCE.exec(line);
      if (bare && bare[1]!.startsWith(this.fence)) {
        this.fence = null;
        return { role: "fenced" };
      }
      if (!(first === 0x23 && this.prevBlank && this.lastNonBlankFence && matchHeading(line))) return { role: "fenced" };
      this.fence = null; // recovered: the heading after a bare fence line is structure again
    }
    if ((first === 0x60 || first === 0x7e || first === 0x20) && OPEN_FENCE.test(line)) {
      this.fence = OPEN_FENCE.exec(line)![1]!;
      return { role: "fence" };
    }
    if (first !== 0x23) return { role: "text", blank };
    if (this.lineNo === 1 && line.startsWith("# Execution Trace: ")) return { role: "file-header" };
    if (/^## Errors\s*$/.test(line)) {
      this.inErrors = true;
      return { role: "errors" };
    }
    const h = matchHeading(line);
    if (h) {
      this.inErrors = false;
      return { role: "heading", kind: h.kind, m: h.m };
    }
    const freeText = open !== null && open !== "error_list" && FREE_TEXT.has(open);
    if (line.startsWith("### ") && this.prevBlank && !this.inErrors && !freeText) return { role: "unknown-heading" };
    return { role: "body" };
  }
}
