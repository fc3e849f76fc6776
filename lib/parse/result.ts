import type { ParseIssue } from "@/lib/model/types";

/** What every parser returns: the best value it could read (null if none) plus what went wrong. */
export interface Parsed<T> {
  value: T | null;
  issues: ParseIssue[];
}

export function issue(file: string, message: string): ParseIssue {
  return { file, message };
}
