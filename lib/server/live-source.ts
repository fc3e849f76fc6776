import "server-only";
import path from "node:path";
import { decodeText } from "@/lib/parse/decode";
import type { FileEntry, RunSource } from "@/lib/model/types";
import type { DiscoveredRun } from "./discover";
import { TextTail } from "./events-tail";
import { wanted } from "./run-read-plan";
import { readRunSource } from "./run-source";
import { runFs } from "./summary-fs";

/** events.jsonl kept whole up to this (the same cap run-source.ts puts on JSON files). */
const EVENTS_CAP = 64 * 1024 * 1024;

interface Cached {
  size: number;
  mtimeMs: number;
  entry: FileEntry;
}

/**
 * The full-mode RunSource of one RUNNING attempt, kept between reads so each
 * change costs only what changed (issue 5 "Server"): the cheap files and the
 * listing come from run-source.ts (summary mode); events.jsonl and massgen.log
 * are tailed from their last byte offset (events-tail.ts); snapshot files
 * (never rewritten, FORMAT.md §5.1) and end-of-run files are re-read only when
 * their size or mtime moved. A JSON file that does not parse is taken to be
 * mid-write (end-of-run files are written non-atomically, §5.1): its last good
 * content is kept, or it is left out until the next change brings it whole.
 */
export class LiveRunReader {
  private tails = new Map<string, TextTail>();
  private cache = new Map<string, Cached>();
  private good = new Map<string, FileEntry>();

  async read(root: string, run: DiscoveredRun, nowMs: number): Promise<RunSource> {
    const src = await readRunSource(root, run.relPath, { mode: "summary", workspaces: true, hasLaterAttempt: run.hasLaterAttempt, nowMs });
    const runAbs = await runFs.realpath(path.join(root, run.relPath));
    const hasStatus = src.listing.includes("status.json");
    for (const f of src.listing) {
      const want = src.files[f] ? null : wanted(f, "full", hasStatus);
      if (!want) continue;
      const abs = path.join(runAbs, f);
      // issues name files relative to the log root, like run-source.ts does
      const label = src.relPath ? `${src.relPath}/${f}` : f;
      if (f === "events.jsonl") src.files[f] = await this.tail(f, label, abs, null);
      else if (want.tail !== undefined) src.files[f] = await this.tail(f, label, abs, want.tail);
      else src.files[f] = await this.whole(f, label, abs, want.cap);
    }
    for (const [f, entry] of Object.entries(src.files)) {
      if (!f.endsWith(".json")) continue;
      const kept = this.lastGood(f, entry);
      if (kept) src.files[f] = kept;
      else {
        delete src.files[f];
        src.listing = src.listing.filter((x) => x !== f);
      }
    }
    return src;
  }

  private tail(f: string, label: string, abs: string, keepBytes: number | null): Promise<FileEntry> {
    let t = this.tails.get(f);
    if (!t) {
      t = new TextTail(label, { keepBytes, capBytes: EVENTS_CAP });
      this.tails.set(f, t);
    }
    return t.read(abs);
  }

  private async whole(f: string, label: string, abs: string, cap: number): Promise<FileEntry> {
    const st = await runFs.stat(abs).catch(() => null);
    const hit = this.cache.get(f);
    if (st && hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) return hit.entry;
    let entry: FileEntry;
    try {
      const r = await runFs.readFile(abs, (size) => (size > cap ? null : { start: 0, end: size }));
      if (r.kind === "skipped") entry = { kind: "unreadable", message: `${label} is not a regular file under ${cap / 1024 / 1024} MB`, size: r.size, mtimeMs: r.mtimeMs };
      else {
        const { text, issues } = decodeText(r.bytes, label);
        entry = { kind: "text", text, size: r.size, mtimeMs: r.mtimeMs, ...(issues.length ? { issues } : {}) };
      }
    } catch (e) {
      entry = { kind: "unreadable", message: `${label}: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (entry.kind === "text") this.cache.set(f, { size: entry.size, mtimeMs: entry.mtimeMs, entry });
    return entry;
  }

  /** The entry when it parses, else the last one that did (null: none yet). */
  private lastGood(f: string, entry: FileEntry): FileEntry | null {
    if (entry.kind !== "text") return this.good.get(f) ?? entry;
    try {
      JSON.parse(entry.text);
      this.good.set(f, entry);
      return entry;
    } catch {
      return this.good.get(f) ?? null;
    }
  }
}
