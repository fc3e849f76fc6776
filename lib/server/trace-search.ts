import "server-only";
import { StringDecoder } from "node:string_decoder";
import type { FileHandle } from "node:fs/promises";
import type { OutlineBlock, SearchHits } from "@/lib/prepare/trace-types";
import { getTraceOutline } from "./trace-outline";
import { withTraceFile } from "./trace-file-handle";

/**
 * Case-insensitive search over the whole trace file, streamed in chunks, so
 * the browser can search a 10 MB trace it has only partly loaded. Answers
 * which blocks match and how often; the viewer highlights within loaded text.
 */

const CHUNK = 1024 * 1024;
export const MAX_MATCHES = 5000;

/** Index of the block containing byte `at` (blocks are sorted, disjoint); -1 between blocks. */
function blockAt(blocks: readonly OutlineBlock[], at: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (at < b.start) hi = mid - 1;
    else if (at >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

async function* matchOffsets(fh: FileHandle, size: number, needle: string): AsyncGenerator<number> {
  const decoder = new StringDecoder("utf8");
  const buf = Buffer.allocUnsafe(CHUNK);
  let carry = "";
  let carryStart = 0; // byte offset of carry[0]
  let pos = 0;
  while (pos < size) {
    const { bytesRead } = await fh.read(buf, 0, Math.min(CHUNK, size - pos), pos);
    if (bytesRead === 0) break;
    pos += bytesRead;
    // lower-cased up front; offsets are counted in the lower-cased text (same byte length but for rare letters)
    const hay = carry + decoder.write(buf.subarray(0, bytesRead)).toLowerCase();
    let byte = carryStart;
    let last = 0;
    for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) {
      byte += Buffer.byteLength(hay.slice(last, i));
      last = i;
      yield byte;
    }
    // keep a tail so a match straddling two chunks is found, and found once
    const keep = Math.max(0, hay.length - (needle.length - 1));
    carryStart = byte + Buffer.byteLength(hay.slice(last, keep));
    carry = hay.slice(keep);
  }
}

export async function searchTrace(rootAbs: string, runRel: string, file: string, query: string): Promise<SearchHits> {
  const outline = await getTraceOutline(rootAbs, runRel, file);
  const needle = query.toLowerCase();
  return withTraceFile(rootAbs, runRel, file, async (fh, info) => {
    const counts = new Map<number, number>();
    let total = 0;
    let truncated = false;
    for await (const at of matchOffsets(fh, info.size, needle)) {
      const b = blockAt(outline.blocks, at);
      if (b >= 0) counts.set(b, (counts.get(b) ?? 0) + 1);
      if (++total >= MAX_MATCHES) {
        truncated = true;
        break;
      }
    }
    const hits = [...counts].sort((a, b) => a[0] - b[0]).map(([block, count]) => ({ block, count }));
    return { query, hits, total, truncated };
  });
}
