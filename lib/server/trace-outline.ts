import "server-only";
import type { FileHandle } from "node:fs/promises";
import { parseExecutionTrace } from "@/lib/parse/execution-trace";
import { summarizeBlock } from "@/lib/prepare/trace-block";
import type { OutlineBlock, TraceOutline } from "@/lib/prepare/trace-types";
import { readAligned, withTraceFile } from "./trace-file-handle";
import { scanBlocks } from "./trace-scan";

/**
 * The outline of a trace: every block's kind, title, byte span, error flag and
 * a one-line preview. Cached per path + mtime + size (a trace is written whole
 * once per snapshot dir, FORMAT.md §4.2, so a rewrite gets a new key).
 */

/** Bytes of each block read to describe it in the outline. */
const SUMMARY_BYTES = 4096;
const WINDOW_BYTES = 1024 * 1024;
const CACHE_SIZE = 16;
const CACHE_KEY = Symbol.for("massgen-dash.trace-outlines");
type Holder = { [CACHE_KEY]?: Map<string, Promise<TraceOutline>> };

function cache(): Map<string, Promise<TraceOutline>> {
  const g = globalThis as Holder;
  g[CACHE_KEY] ??= new Map();
  return g[CACHE_KEY];
}

/**
 * The first bytes of each block, in file order, served from one sliding 1 MB
 * window: thousands of small blocks cost a few big reads, not one read each.
 */
class BlockHeads {
  private buf = Buffer.alloc(0);
  private at = 0;
  constructor(
    private readonly fh: FileHandle,
    private readonly size: number,
  ) {}

  async read(start: number, end: number): Promise<string> {
    if (start < this.at || end > this.at + this.buf.length) {
      const len = Math.min(WINDOW_BYTES, this.size - start);
      const buf = Buffer.alloc(Math.max(len, end - start));
      const { bytesRead } = await this.fh.read(buf, 0, buf.length, start);
      this.buf = buf.subarray(0, bytesRead);
      this.at = start;
    }
    // a cut inside a multi-byte character decodes to U+FFFD: harmless in a preview
    return this.buf.subarray(start - this.at, end - this.at).toString("utf8");
  }
}

async function buildOutline(fh: FileHandle, file: string, size: number, mtimeMs: number): Promise<TraceOutline> {
  const { blocks: spans, endsInFence } = await scanBlocks(fh, size);
  const head = await readAligned(fh, 0, Math.min(size, SUMMARY_BYTES), size);
  // whole lines only: the header is two short lines (FORMAT.md §4.2)
  const nl = head.text.lastIndexOf("\n");
  const header = parseExecutionTrace(nl < 0 ? head.text : head.text.slice(0, nl + 1), file).value;
  const heads = new BlockHeads(fh, size);
  const blocks: OutlineBlock[] = [];
  for (const [index, s] of spans.entries()) {
    const cut = Math.min(s.end, s.start + SUMMARY_BYTES);
    const sum = summarizeBlock(s.kind, await heads.read(s.start, cut), cut === s.end);
    blocks.push({ index, kind: s.kind, title: s.title, name: sum.name, start: s.start, end: s.end, error: sum.error, preview: sum.preview, votedFor: sum.votedFor });
  }
  const issues: string[] = [];
  if (!header?.agentId && size > 0) issues.push("no '# Execution Trace:' header");
  if (endsInFence) issues.push("file ends inside a code fence (truncated?)");
  return { file, size, mtimeMs, agentId: header?.agentId ?? null, model: header?.model ?? null, started: header?.started ?? null, blocks, issues };
}

export async function outlineOf(fh: FileHandle, file: string, info: { real: string; size: number; mtimeMs: number }): Promise<TraceOutline> {
  const key = `${info.real}\0${info.mtimeMs}\0${info.size}`;
  const c = cache();
  const hit = c.get(key);
  if (hit) {
    c.delete(key);
    c.set(key, hit);
    return hit;
  }
  const p = buildOutline(fh, file, info.size, info.mtimeMs);
  c.set(key, p);
  p.catch(() => c.delete(key));
  while (c.size > CACHE_SIZE) c.delete(c.keys().next().value as string);
  return p;
}

export function getTraceOutline(rootAbs: string, runRel: string, file: string): Promise<TraceOutline> {
  return withTraceFile(rootAbs, runRel, file, (fh, info) => outlineOf(fh, file, info));
}
