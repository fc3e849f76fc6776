import "server-only";
import { open, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { httpError } from "./http-errors";
import { resolveInsideRoot } from "./safe-path";

/**
 * Opens one execution_trace.md of a RUN dir for reading, after realpath
 * containment in the log root (issue #2 "Safety baseline"). `file` is
 * RUN-relative and already validated by the route's schema.
 */
export async function withTraceFile<T>(
  rootAbs: string,
  runRel: string,
  file: string,
  fn: (fh: FileHandle, info: { real: string; size: number; mtimeMs: number }) => Promise<T>,
): Promise<T> {
  if (path.posix.basename(file) !== "execution_trace.md") throw httpError("bad_request", "not an execution trace");
  const real = await resolveInsideRoot(rootAbs, path.posix.join(runRel, file));
  if (!real) throw httpError("not_found", "trace file not found");
  const fh = await open(real, "r").catch(() => null);
  if (!fh) throw httpError("not_found", "trace file not found");
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw httpError("not_found", "trace file not found");
    return await fn(fh, { real, size: st.size, mtimeMs: st.mtimeMs });
  } finally {
    await fh.close();
  }
}

/**
 * Bytes [start, end) decoded as UTF-8, with `end` moved back so a multi-byte
 * character is never cut in two (the next part starts where this one ended).
 */
export async function readAligned(fh: FileHandle, start: number, end: number, fileSize: number): Promise<{ text: string; end: number }> {
  const want = Math.max(0, end - start);
  const peek = end < fileSize ? 1 : 0;
  const buf = Buffer.alloc(want + peek);
  const { bytesRead } = await fh.read(buf, 0, want + peek, start);
  let cut = Math.min(want, bytesRead);
  if (peek && bytesRead > want) {
    // a continuation byte (10xxxxxx) at the cut means a character straddles it
    while (cut > 0 && (buf[cut]! & 0xc0) === 0x80) cut--;
    // invalid UTF-8 with no boundary in sight: cut anyway so the reader always advances
    if (cut === 0) cut = want;
  }
  return { text: buf.subarray(0, cut).toString("utf8"), end: start + cut };
}
