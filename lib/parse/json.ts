import type { ParseIssue } from "@/lib/model/types";
import { stripBom, utf8Length } from "./decode";
import { locateJsonError, replaceNonFinite } from "./json-scan";
import { issue, type Parsed } from "./result";

/**
 * The tolerant JSON reader behind every JSON parser. Several MassGen files are
 * written in place, not atomically (FORMAT.md §5.1), so a half-written file is
 * an expected state: it becomes an issue and a null value, never an exception.
 */
export function readJson(text: string, file: string): Parsed<unknown> {
  const src = stripBom(text);
  // stops at the first non-blank char, where trim() would copy the whole file
  if (!/\S/.test(src)) return { value: null, issues: [issue(file, "empty file")] };
  try {
    return { value: JSON.parse(src), issues: [] };
  } catch (e) {
    const first = e instanceof Error ? e.message : String(e);
    // Python's json.dump writes NaN/Infinity (§0.2: JSON via json.dump); read them as null.
    const fixed = replaceNonFinite(src);
    if (fixed.count > 0) {
      try {
        const value: unknown = JSON.parse(fixed.text);
        const msg = `${fixed.count} non-standard NaN/Infinity value(s) read as null`;
        return { value, issues: [issue(file, msg)] };
      } catch {
        // fall through: report the original error
      }
    }
    return { value: null, issues: [jsonSyntaxIssue(src, file, first)] };
  }
}

function jsonSyntaxIssue(src: string, file: string, v8Message: string): ParseIssue {
  // V8 messages may embed a snippet of the (untrusted, possibly huge) input: drop it.
  const reason = v8Message
    .replace(/, (?:\.\.\.)?".*$/s, "")
    .replace(/ in JSON at position \d+.*$/s, "")
    .replace(/ at position \d+.*$/s, "");
  const pos = locateJsonError(src);
  const at = pos < 0 ? src.length : pos;
  const line = countLines(src, at);
  const where = `at byte ${utf8Length(src, at)} of ${utf8Length(src)}, line ${line}`;
  return issue(file, `truncated or invalid JSON (${reason} ${where})`);
}

function countLines(s: string, end: number): number {
  let n = 1;
  let i = s.indexOf("\n");
  while (i >= 0 && i < end) {
    n++;
    i = s.indexOf("\n", i + 1);
  }
  return n;
}
