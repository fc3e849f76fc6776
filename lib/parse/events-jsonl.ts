import type { ParseIssue } from "@/lib/model/types";
import { massgenEventSchema, type MassgenEvent } from "@/lib/schemas/events-jsonl";
import { stripBom, utf8Length } from "./decode";
import { readJson } from "./json";
import { validateLenient } from "./lenient";
import { issue } from "./result";

export interface ParsedEvents {
  /** events in file order; unknown event types pass through */
  events: (MassgenEvent & { line: number })[];
  issues: ParseIssue[];
  /** chars of `text` fully consumed (after the last complete line); resume from here */
  consumedChars: number;
  /** the same position in UTF-8 bytes (for a byte-offset tail of the file) */
  consumedBytes: number;
}

/**
 * events.jsonl (FORMAT.md §3.9): append-only, one JSON object per line.
 * While the run is live (`complete: false`) a last line without its "\n" is
 * still being written: it is left unconsumed, not reported, so the caller can
 * re-read from `consumedChars` (§5.1). A bad line elsewhere is an issue naming
 * its line number; the other lines still parse.
 * `firstLine` numbers lines when `text` is a tail starting mid-file.
 */
export function parseEventsJsonl(
  text: string,
  file: string,
  opts: { complete: boolean; firstLine?: number },
): ParsedEvents {
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const src = bom ? stripBom(text) : text;
  const events: ParsedEvents["events"] = [];
  const issues: ParseIssue[] = [];
  let pos = 0;
  let lineNo = opts.firstLine ?? 1;
  let consumed = 0;
  while (pos < src.length) {
    const nl = src.indexOf("\n", pos);
    const isLast = nl < 0;
    if (isLast && !opts.complete) break;
    const end = isLast ? src.length : nl;
    const raw = src.slice(pos, end).replace(/\r$/, "");
    if (raw.trim() !== "") parseLine(raw, lineNo, isLast, file, events, issues);
    pos = isLast ? src.length : nl + 1;
    consumed = pos;
    lineNo++;
  }
  return { events, issues, consumedChars: consumed + bom, consumedBytes: utf8Length(text, consumed + bom) };
}

function parseLine(
  raw: string,
  line: number,
  isLast: boolean,
  file: string,
  events: ParsedEvents["events"],
  issues: ParseIssue[],
): void {
  const read = readJson(raw, file);
  if (read.value === null) {
    const why = read.issues[0]?.message ?? "invalid JSON";
    const tail = isLast ? " (last line, no newline: the writer may have been interrupted)" : "";
    issues.push(issue(file, `line ${line}: ${why}${tail}`));
    return;
  }
  for (const i of read.issues) issues.push(issue(file, `line ${line}: ${i.message}`));
  const checked = validateLenient(massgenEventSchema, read.value, file);
  for (const i of checked.issues) issues.push(issue(file, `line ${line}: ${i.message}`));
  if (checked.value) events.push({ ...checked.value, line });
}
