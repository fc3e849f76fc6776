import type { ParseIssue } from "@/lib/model/types";
import { stripBom } from "./decode";

/**
 * context.txt (FORMAT.md §3.7): despite the name, normally a JSON dump of what
 * the agent was shown; plain Python `str()` when the context was not a dict.
 */
export type ContextValue = { kind: "json"; value: unknown } | { kind: "text"; text: string };
export type ParsedContext = ContextValue & { issues: ParseIssue[] };

export function parseContext(text: string, file: string): ParsedContext {
  const src = stripBom(text);
  const head = src.trimStart();
  if (head.startsWith("{") || head.startsWith("[") || head.startsWith('"')) {
    try {
      return { kind: "json", value: JSON.parse(src), issues: [] };
    } catch {
      // A Python repr ({'role': ...}) also starts with "{": only flag what looks like cut-off JSON.
      const looksJson = /^\{\s*"/.test(head) || /^\[\s*\{\s*"/.test(head);
      const issues = looksJson ? [{ file, message: "context looks like JSON but does not parse (truncated?); shown as text" }] : [];
      return { kind: "text", text: src, issues };
    }
  }
  return { kind: "text", text: src, issues: [] };
}
