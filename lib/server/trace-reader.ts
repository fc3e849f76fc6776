import "server-only";
import { blockDetail } from "@/lib/prepare/trace-block";
import type { BlockPart, TraceFileRef } from "@/lib/prepare/trace-types";
import { httpError } from "./http-errors";
import { getAttempt } from "./queries";
import { readAligned, withTraceFile } from "./trace-file-handle";
import { listTraceFiles } from "./trace-files";
import { outlineOf } from "./trace-outline";

export { listTraceFiles };
export { getTraceOutline } from "./trace-outline";
export { searchTrace } from "./trace-search";

/**
 * Execution traces served in parts (issue #3: "a 10 MB trace opens without
 * freezing the tab"): an outline of blocks first (trace-outline.ts), then
 * block bodies by byte range, PART_BYTES at a time.
 */

/** Largest part of a block body sent at once. */
export const PART_BYTES = 256 * 1024;

/** Part of block `index` starting `offset` bytes into it; `detail` when the whole block fits. */
export function readBlockPart(rootAbs: string, runRel: string, file: string, index: number, offset: number): Promise<BlockPart> {
  return withTraceFile(rootAbs, runRel, file, async (fh, info) => {
    const outline = await outlineOf(fh, file, info);
    const b = outline.blocks[index];
    if (!b) throw httpError("not_found", "no such block");
    const total = b.end - b.start;
    if (offset > total) throw httpError("bad_request", "offset past the end of the block");
    const from = b.start + offset;
    const { text, end } = await readAligned(fh, from, Math.min(b.end, from + PART_BYTES), info.size);
    const whole = offset === 0 && end === b.end;
    return {
      index,
      offset,
      nextOffset: end < b.end ? end - b.start : null,
      totalBytes: total,
      text,
      detail: whole ? blockDetail(b.kind, text) : null,
    };
  });
}

/** The log root and RUN dir of an attempt, for the trace route; 404 when unknown. */
export async function locateRun(logId: string, turn: number | null, attempt: number | null): Promise<{ root: string; relPath: string }> {
  const found = await getAttempt(logId, turn, attempt);
  if (!found) throw httpError("not_found", "run not found");
  return { root: found.log.root, relPath: found.model.relPath };
}

/** Trace files of an attempt, for the run page (`TracePanel`'s `files` prop). */
export async function getAttemptTraceFiles(logId: string, turn: number | null, attempt: number | null): Promise<TraceFileRef[]> {
  const found = await getAttempt(logId, turn, attempt);
  return found ? listTraceFiles(found.log.root, found.model.relPath) : [];
}
