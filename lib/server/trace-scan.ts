import "server-only";
import type { FileHandle } from "node:fs/promises";
import { TraceLines } from "@/lib/parse/trace-blocks";
import type { OutlineKind } from "@/lib/prepare/trace-types";
import { scanLines, type LineSpan } from "./trace-lines";

/**
 * Block boundaries of an execution_trace.md (FORMAT.md §4.2) found by
 * streaming its lines, so a 10 MB trace is outlined in bounded memory.
 * parseExecutionTrace needs the whole text; both take their boundary rules
 * from the same line classifier (TraceLines, lib/parse/trace-blocks.ts), and
 * tests/unit/server/trace-reader.test.ts checks they agree block for block.
 */

export interface BlockSpan {
  kind: OutlineKind;
  title: string;
  start: number;
  end: number;
}

interface Open extends BlockSpan {
  bodyStart: number;
  /** content end before the last non-blank body line (for the `---` before `## Errors`) */
  prevEnd: number;
  lastWasRule: boolean;
}

const TITLE_CHARS = 200;

const RULE = /^-{3,}\s*$/;

export async function scanBlocks(fh: FileHandle, size: number): Promise<{ blocks: BlockSpan[]; endsInFence: boolean }> {
  const blocks: BlockSpan[] = [];
  let open: Open | null = null;
  const lines = new TraceLines();

  const close = (stripRule: boolean) => {
    if (!open) return;
    const end = stripRule && open.lastWasRule ? open.prevEnd : open.end;
    blocks.push({ kind: open.kind, title: open.title, start: open.start, end: Math.max(open.bodyStart, end) });
    open = null;
  };
  const start = (kind: OutlineKind, line: LineSpan, asHeading: boolean) => {
    const title = asHeading ? line.head.replace(/^#+\s*/, "").slice(0, TITLE_CHARS) : "";
    const bodyStart = asHeading ? line.next : line.start;
    open = { kind, title, start: line.start, end: bodyStart, bodyStart, prevEnd: bodyStart, lastWasRule: false };
  };

  await scanLines(fh, size, (ln) => {
    const blank = ln.contentEnd < 0;
    const c = lines.classify(ln.head, blank, ln.long, (open as Open | null)?.kind ?? null);
    let heading = false;
    if (c.role === "fence") {
      if (!lines.inErrors && !open && lines.lineNo > 2) start("unknown", ln, false);
    } else if (c.role === "errors") {
      close(true);
      start("error_list", ln, true);
      heading = true;
    } else if (c.role === "heading" || c.role === "unknown-heading") {
      close(false);
      start(c.role === "heading" ? c.kind : "unknown", ln, true);
      heading = true;
    } else if (c.role === "text" && !lines.inErrors && !open && !blank && lines.lineNo > 2) {
      start("unknown", ln, false);
    }
    const o = open as Open | null;
    if (o && !heading && !blank) {
      o.prevEnd = o.end;
      o.end = ln.contentEnd;
      o.lastWasRule = !ln.long && RULE.test(ln.head);
    }
  });
  close(false);
  return { blocks, endsInFence: lines.fence !== null };
}
