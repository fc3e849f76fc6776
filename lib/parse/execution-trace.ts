import type { ParseIssue } from "@/lib/model/types";
import { issue, type Parsed } from "./result";
import { addErrorLine, BARE_FENCE, describeBlock, FREE_TEXT, matchHeading, OPEN_FENCE } from "./trace-blocks";
import type { ExecutionTrace, TraceBlock, TraceBlockKind } from "./trace-types";

export type { ExecutionTrace, TraceBlock, TraceBlockKind, TraceError, TraceVote } from "./trace-types";

const HEADER = /^# Execution Trace: (.*)$/;
const MODEL_LINE = /^\*\*Model\*\*: (.*?)(?: \| \*\*Started\*\*: (.*))?$/;

interface Open {
  block: TraceBlock;
  m: RegExpExecArray | null;
}

/**
 * execution_trace.md (FORMAT.md §4.2), one pass over the lines: fence-aware
 * (a heading inside ``` is tool output, not structure) and linear in the input
 * size. Each block keeps its char span so a viewer can show bodies lazily.
 */
export function parseExecutionTrace(text: string, file: string): Parsed<ExecutionTrace> {
  const trace: ExecutionTrace = { agentId: null, model: null, started: null, blocks: [], errors: [] };
  const issues: ParseIssue[] = [];
  let open: Open | null = null;
  let fence: string | null = null; // opening fence marker while inside a fence
  let inErrors = false;
  let prevBlank = false;
  let lastNonBlankFence = false; // the last non-blank line was a bare fence
  let lineNo = 0;

  const close = (end: number, stripRule: boolean) => {
    if (!open) return;
    const b = open.block;
    let raw = text.slice(b.bodyStart, Math.max(b.bodyStart, end));
    // the `---` before `## Errors` belongs to no block
    if (stripRule) raw = raw.replace(/(?:^|\n)-{3,}\s*$/, "");
    raw = raw.replace(/\s+$/, "");
    b.end = b.bodyStart + raw.length;
    b.body = raw.replace(/^\s*\n/, "");
    describeBlock(b, open.m, (bad) => issues.push(issue(file, `tool call args at char ${bad.start} are not valid JSON`)));
    trace.blocks.push(b);
    open = null;
  };
  const start = (kind: TraceBlockKind, heading: string, at: number, next: number, m: RegExpExecArray | null) => {
    open = { block: { kind, heading, start: at, end: next, bodyStart: next, body: "" }, m };
  };

  let pos = text.startsWith("\uFEFF") ? 1 : 0;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, lineEnd).replace(/\r$/, "");
    lineNo++;
    const first = line.charCodeAt(0);
    const blank = line.trim() === "";

    let inside = false;
    if (fence !== null) {
      const bare = BARE_FENCE.exec(line);
      inside = true;
      if (bare && bare[1]!.startsWith(fence)) fence = null;
      else if (first === 0x23 && prevBlank && lastNonBlankFence && matchHeading(line)) {
        // recovered: unescaped ``` inside tool output flipped the fence state
        fence = null;
        inside = false;
      }
    }
    if (inside) {
      // fenced text belongs to the open block
    } else if ((first === 0x60 || first === 0x7e || first === 0x20) && OPEN_FENCE.test(line)) {
      fence = OPEN_FENCE.exec(line)![1]!;
      if (!inErrors && !open && lineNo > 2) start("unknown", "", pos, pos, null);
    } else if (first === 0x23) {
      const h = matchHeading(line);
      const headingText = line.replace(/^#+\s*/, "");
      if (lineNo === 1 && HEADER.test(line)) trace.agentId = HEADER.exec(line)![1]!.trim();
      else if (/^## Errors\s*$/.test(line)) {
        close(pos, true);
        inErrors = true;
      } else if (h) {
        close(pos, false);
        inErrors = false;
        start(h.kind, headingText, pos, next, h.m);
      } else if (line.startsWith("### ") && prevBlank && !inErrors && !(open && FREE_TEXT.has((open as Open).block.kind))) {
        close(pos, false);
        start("unknown", headingText, pos, next, null);
      }
    } else if (lineNo === 2 && MODEL_LINE.test(line)) {
      const mm = MODEL_LINE.exec(line)!;
      trace.model = mm[1]?.trim() ?? null;
      trace.started = mm[2]?.trim() ?? null;
    } else if (inErrors) {
      addErrorLine(trace.errors, line, pos);
    } else if (!open && !blank && lineNo > 2) {
      start("unknown", "", pos, pos, null);
    }

    if (!blank) lastNonBlankFence = BARE_FENCE.test(line);
    prevBlank = blank;
    pos = next;
  }
  close(text.length, false);
  if (trace.agentId === null && text.trim() !== "") issues.push(issue(file, "no '# Execution Trace:' header"));
  if (fence !== null) issues.push(issue(file, "file ends inside a code fence (truncated?)"));
  return { value: trace, issues };
}
