import "server-only";
import type { FileHandle } from "node:fs/promises";
import { BARE_FENCE, FREE_TEXT, matchHeading, OPEN_FENCE } from "@/lib/parse/trace-blocks";
import type { OutlineKind } from "@/lib/prepare/trace-types";
import { scanLines, type LineSpan } from "./trace-lines";

/**
 * Block boundaries of an execution_trace.md (FORMAT.md §4.2) found by
 * streaming its lines, so a 10 MB trace is outlined in bounded memory.
 * parseExecutionTrace needs the whole text, so this replays its boundary
 * rules (fence tracking with its recovery, headings, the `## Errors` list)
 * with the same matchers from lib/parse; tests/unit/server/trace-reader.test.ts
 * checks both agree block for block.
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

/** A "### x" line inside reasoning/content is the model's own markdown, not a block. */
const isFreeText = (o: Open | null) => o !== null && o.kind !== "error_list" && FREE_TEXT.has(o.kind);
const RULE = /^-{3,}\s*$/;

export async function scanBlocks(fh: FileHandle, size: number): Promise<{ blocks: BlockSpan[]; endsInFence: boolean }> {
  const blocks: BlockSpan[] = [];
  let open: Open | null = null;
  let fence: string | null = null;
  let inErrors = false;
  let prevBlank = false;
  let lastNonBlankFence = false;
  let lineNo = 0;

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
    lineNo++;
    const line = ln.head;
    const first = line.charCodeAt(0);
    const blank = ln.contentEnd < 0;
    let heading = false;

    let inside = false;
    if (fence !== null) {
      const bare = ln.long ? null : BARE_FENCE.exec(line);
      inside = true;
      if (bare && bare[1]!.startsWith(fence)) fence = null;
      else if (first === 0x23 && prevBlank && lastNonBlankFence && matchHeading(line)) {
        fence = null;
        inside = false;
      }
    }
    if (inside) {
      // fenced text belongs to the open block
    } else if ((first === 0x60 || first === 0x7e || first === 0x20) && OPEN_FENCE.test(line)) {
      fence = OPEN_FENCE.exec(line)![1]!;
      if (!inErrors && !open && lineNo > 2) start("unknown", ln, false);
    } else if (first === 0x23) {
      const h = matchHeading(line);
      if (lineNo === 1 && /^# Execution Trace: /.test(line)) {
        // the file header, outside any block
      } else if (/^## Errors\s*$/.test(line)) {
        close(true);
        inErrors = true;
        start("error_list", ln, true);
        heading = true;
      } else if (h) {
        close(false);
        inErrors = false;
        start(h.kind, ln, true);
        heading = true;
      } else if (line.startsWith("### ") && prevBlank && !inErrors && !isFreeText(open)) {
        close(false);
        start("unknown", ln, true);
        heading = true;
      }
    } else if (!inErrors && !open && !blank && lineNo > 2) {
      start("unknown", ln, false);
    }

    const o = open as Open | null;
    if (o && !heading && !blank) {
      o.prevEnd = o.end;
      o.end = ln.contentEnd;
      o.lastWasRule = !ln.long && RULE.test(line);
    }
    if (!blank) lastNonBlankFence = !ln.long && BARE_FENCE.test(line);
    prevBlank = blank;
  });
  close(false);
  return { blocks, endsInFence: fence !== null };
}
