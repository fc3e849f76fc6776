import type { ParseIssue } from "@/lib/model/types";
import { issue } from "./result";

export type LogLevel = "TRACE" | "DEBUG" | "INFO" | "SUCCESS" | "WARNING" | "ERROR" | "CRITICAL";

export interface LogRecord {
  /** time of day only, "HH:MM:SS" or "HH:MM:SS.mmm"; the date comes from the log dir name (§4.3) */
  time: string;
  level: LogLevel;
  /** `<name>:<function>:<line>` (massgen_debug.log only) */
  location?: string;
  /** may span several lines (tracebacks, multi-line messages) */
  message: string;
  /** char offset of the record in the given text */
  offset: number;
}

// FORMAT.md §4.3: a record starts with `HH:mm:ss[.SSS] | LEVEL<pad> | `.
const START = /^(\d\d:\d\d:\d\d(?:\.\d{3})?) \| (TRACE|DEBUG|INFO|SUCCESS|WARNING|ERROR|CRITICAL) *\| ?/;
// debug format: `<name>:<function>:<line> - message`; the name may hold dots, arrows or <module>
const LOCATION = /^(\S(?:[^\n]*?):[\w<>.-]+:\d+) - /;

/**
 * massgen.log / massgen_debug.log. The caller passes a bounded tail, so text
 * before the first record start is a fragment of an earlier record and is skipped.
 */
export function parseMassgenLog(text: string, file: string): { records: LogRecord[]; issues: ParseIssue[] } {
  const records: LogRecord[] = [];
  const issues: ParseIssue[] = [];
  let current: LogRecord | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (!current) return;
    // debug records end with "\n<exception text>", usually an empty line
    current.message = lines.join("\n").replace(/\s+$/, "");
    records.push(current);
  };
  let pos = text.startsWith("\uFEFF") ? 1 : 0;
  while (pos <= text.length) {
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end).replace(/\r$/, "");
    const m = START.exec(line);
    if (m) {
      flush();
      let rest = line.slice(m[0].length);
      let location: string | undefined;
      const isDebug = (m[1] ?? "").includes(".");
      const loc = isDebug ? LOCATION.exec(rest) : null;
      if (loc?.[1]) {
        location = loc[1];
        rest = rest.slice(loc[0].length);
      }
      current = { time: m[1] ?? "", level: m[2] as LogLevel, message: "", offset: pos };
      if (location !== undefined) current.location = location;
      lines = [rest];
    } else if (current) {
      lines.push(line);
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  flush();
  if (records.length === 0 && text.trim() !== "") issues.push(issue(file, "no log records recognised"));
  return { records, issues };
}
