import { diffLines } from "diff";

/**
 * Line diff of the saved report against a regenerated one, with long unchanged
 * stretches folded to a few lines of context (as `git diff` does).
 */

export type DiffRow =
  | { kind: "added" | "removed" | "same"; text: string; oldNo: number | null; newNo: number | null }
  | { kind: "fold"; count: number };

export interface LineDiff {
  rows: DiffRow[];
  added: number;
  removed: number;
}

const CONTEXT = 3;
/** A pathological pair of reports gives up rather than freezing the tab. */
const TIMEOUT_MS = 800;

function splitLines(value: string): string[] {
  const lines = value.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** Null when the diff took too long to compute. */
export function reportLineDiff(before: string, after: string): LineDiff | null {
  const changes = diffLines(before, after, { timeout: TIMEOUT_MS });
  if (!changes) return null;
  const rows: DiffRow[] = [];
  let oldNo = 1;
  let newNo = 1;
  let added = 0;
  let removed = 0;
  changes.forEach((c, i) => {
    const lines = splitLines(c.value);
    if (c.added || c.removed) {
      for (const text of lines) rows.push(c.added ? { kind: "added", text, oldNo: null, newNo: newNo++ } : { kind: "removed", text, oldNo: oldNo++, newNo: null });
      if (c.added) added += lines.length;
      else removed += lines.length;
      return;
    }
    const same = lines.map((text, k) => ({ kind: "same" as const, text, oldNo: oldNo + k, newNo: newNo + k }));
    oldNo += lines.length;
    newNo += lines.length;
    const head = i === 0 ? 0 : CONTEXT;
    const tail = i === changes.length - 1 ? 0 : CONTEXT;
    if (same.length <= head + tail + 1) rows.push(...same);
    else rows.push(...same.slice(0, head), { kind: "fold", count: same.length - head - tail }, ...same.slice(same.length - tail));
  });
  return { rows, added, removed };
}
