import "server-only";
import { constants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { decodeText } from "@/lib/parse/decode";
import type { FileEntry, ParseIssue } from "@/lib/model/types";

/**
 * An appended file read from the last byte offset (FORMAT.md §5.1): events.jsonl
 * ("consume only up to the last \n; keep the partial tail for the next read")
 * and massgen.log ("tail by byte offset; size shrinks ⇒ reopen"). Only whole
 * lines are ever taken in, so a half-written line is never an error: it is
 * read again, complete, next time. A file that shrank or was replaced (loguru
 * rotation renames it and starts a new one) is read again from its start.
 *
 * `keepBytes: null` keeps every line (events.jsonl: the model needs them all,
 * up to `capBytes`); a number keeps only the last that many bytes (massgen.log).
 */
export interface TailOptions {
  keepBytes: number | null;
  capBytes: number;
}

const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

export class TextTail {
  private ino = -1;
  private offset = 0;
  private text = "";
  private cut = false;
  private issues: ParseIssue[] = [];

  constructor(
    private file: string,
    private opts: TailOptions,
  ) {}

  /** Read what was appended since the last call; the whole kept text as a FileEntry. */
  async read(abs: string): Promise<FileEntry> {
    let fh;
    try {
      fh = await open(abs, READ_FLAGS);
    } catch (e) {
      return { kind: "unreadable", message: `${this.file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
    }
    try {
      const st = await fh.stat();
      if (!st.isFile()) return { kind: "unreadable", message: `${this.file} is not a regular file` };
      const keep = this.opts.keepBytes;
      // replaced or truncated: start again; a bounded tail that fell far behind also restarts near the end
      if (st.ino !== this.ino || st.size < this.offset || (keep !== null && st.size - this.offset > keep)) this.reset(st.ino, st.size);
      const end = keep === null ? Math.min(st.size, this.opts.capBytes) : st.size;
      if (end > this.offset) await this.take(fh, end);
      return { kind: "text", text: this.text, size: st.size, mtimeMs: st.mtimeMs, ...(this.cut ? { partial: true } : {}), ...(this.issues.length ? { issues: this.issues } : {}) };
    } finally {
      await fh.close();
    }
  }

  /** Byte offset of the first byte not taken in yet (tests). */
  get position(): number {
    return this.offset;
  }

  private reset(ino: number, size: number): void {
    this.ino = ino;
    this.text = "";
    this.issues = [];
    const keep = this.opts.keepBytes;
    // A bounded tail starts near the end; the first (probably cut) line is skipped in take().
    this.offset = keep !== null && size > keep ? size - keep : 0;
    this.cut = this.offset > 0;
  }

  private async take(fh: FileHandle, end: number): Promise<void> {
    const buf = Buffer.alloc(end - this.offset);
    const { bytesRead } = await fh.read(buf, 0, buf.length, this.offset);
    let bytes = buf.subarray(0, bytesRead);
    let skipped = 0;
    if (this.cut && this.text === "" && this.offset > 0) {
      // started mid-file: drop the partial first line (the tail then starts on a whole UTF-8 char too)
      skipped = bytes.indexOf(0x0a) + 1;
      if (skipped === 0) return;
      bytes = bytes.subarray(skipped);
    }
    const last = bytes.lastIndexOf(0x0a);
    if (last < 0) {
      this.offset += skipped;
      return;
    }
    const { text, issues } = decodeText(bytes.subarray(0, last + 1), this.file);
    this.offset += skipped + last + 1;
    this.text += text;
    this.issues.push(...issues);
    const keep = this.opts.keepBytes;
    if (keep !== null && this.text.length > keep) {
      const from = this.text.indexOf("\n", this.text.length - keep);
      this.text = from < 0 ? "" : this.text.slice(from + 1);
      this.cut = true;
    }
  }
}
