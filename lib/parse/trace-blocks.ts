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
