import "server-only";
import type { FileHandle } from "node:fs/promises";

/**
 * Lines of a file as byte spans, read in fixed chunks so memory stays bounded
 * however long a line is (a single tool result can be megabytes, FORMAT.md §4.2).
 * Only the first bytes of a line are decoded: structure lives at line starts.
 */

const CHUNK = 256 * 1024;
export const LINE_HEAD_BYTES = 512;

export interface LineSpan {
  /** byte offset of the first byte of the line */
  start: number;
  /** byte offset just after the line (past its "\n", or EOF) */
  next: number;
  /** byte offset just after the last non-whitespace byte; -1 for a blank line */
  contentEnd: number;
  /** decoded first LINE_HEAD_BYTES bytes, without a trailing "\r"; "" when the first byte is not STRUCTURAL */
  head: string;
  /** true when the line is longer than the decoded head */
  long: boolean;
}

/**
 * First bytes that can start a structural line of a trace (#, fence, rule or
 * indent): other lines are never decoded, which keeps garbage low on big files.
 */
const STRUCTURAL = new Set([0x23, 0x60, 0x7e, 0x20, 0x2d]);

const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c;

/** Calls `onLine` for every line, synchronously within each chunk (an await per line would dominate). */
export async function scanLines(fh: FileHandle, size: number, onLine: (line: LineSpan) => void): Promise<void> {
  const buf = Buffer.allocUnsafe(CHUNK);
  let pos = 0;
  let lineStart = 0;
  let head = "";
  let headLen = 0;
  let contentEnd = -1;
  const finish = (lineEnd: number, next: number): LineSpan => {
    const line: LineSpan = { start: lineStart, next, contentEnd, head: head.endsWith("\r") ? head.slice(0, -1) : head, long: lineEnd - lineStart > Math.min(headLen, LINE_HEAD_BYTES) };
    head = "";
    headLen = 0;
    contentEnd = -1;
    lineStart = next;
    return line;
  };
  while (pos < size) {
    const { bytesRead } = await fh.read(buf, 0, Math.min(CHUNK, size - pos), pos);
    if (bytesRead === 0) break;
    const chunk = buf.subarray(0, bytesRead);
    // a UTF-8 BOM is not part of line 1 (the parser skips it too)
    let i = pos === 0 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
    if (i === 3) lineStart = 3;
    while (i < bytesRead) {
      const nl = chunk.indexOf(0x0a, i);
      const segEnd = nl < 0 ? bytesRead : nl;
      if (headLen === 0 && i < segEnd && !STRUCTURAL.has(chunk[i]!)) headLen = LINE_HEAD_BYTES + 1;
      if (headLen < LINE_HEAD_BYTES) {
        const take = Math.min(segEnd - i, LINE_HEAD_BYTES - headLen);
        // a character cut by a chunk boundary decodes to U+FFFD: harmless, structure is ASCII
        head += chunk.toString("utf8", i, i + take);
        headLen += take;
      }
      for (let j = segEnd - 1; j >= i; j--) {
        if (!isWs(chunk[j]!)) {
          contentEnd = pos + j + 1;
          break;
        }
      }
      if (nl < 0) break;
      onLine(finish(pos + nl, pos + nl + 1));
      i = nl + 1;
    }
    pos += bytesRead;
  }
  if (lineStart < pos) onLine(finish(pos, pos));
}
