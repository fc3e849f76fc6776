import type { ParseIssue } from "@/lib/model/types";
import { issue, type Parsed } from "./result";
import { addErrorLine, describeBlock, TraceLines } from "./trace-blocks";
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
  const lines = new TraceLines();

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
    const c = lines.classify(line, line.trim() === "", false, (open as Open | null)?.block.kind ?? null);
    const headingText = () => line.replace(/^#+\s*/, "");
    if (c.role === "fence") {
      if (!lines.inErrors && !open && lines.lineNo > 2) start("unknown", "", pos, pos, null);
    } else if (c.role === "file-header") {
      trace.agentId = HEADER.exec(line)?.[1]?.trim() ?? null;
    } else if (c.role === "errors") {
      close(pos, true);
    } else if (c.role === "heading") {
      close(pos, false);
      start(c.kind, headingText(), pos, next, c.m);
    } else if (c.role === "unknown-heading") {
      close(pos, false);
      start("unknown", headingText(), pos, next, null);
    } else if (c.role === "text") {
      if (lines.lineNo === 2 && MODEL_LINE.test(line)) {
        const mm = MODEL_LINE.exec(line)!;
        trace.model = mm[1]?.trim() ?? null;
        trace.started = mm[2]?.trim() ?? null;
      } else if (lines.inErrors) addErrorLine(trace.errors, line, pos);
      else if (!open && !c.blank && lines.lineNo > 2) start("unknown", "", pos, pos, null);
    }
    pos = next;
  }
  close(text.length, false);
  if (trace.agentId === null && text.trim() !== "") issues.push(issue(file, "no '# Execution Trace:' header"));
  if (lines.fence !== null) issues.push(issue(file, "file ends inside a code fence (truncated?)"));
  return { value: trace, issues };
}
