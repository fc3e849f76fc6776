import { type Change, diffLines, diffWords } from "diff";

/**
 * Word-level diff of an answer against the same agent's previous answer.
 * Bounded: Myers' diff costs O((N+M)·D), so two long, very different answers
 * could freeze the tab. Small inputs get one word diff; larger ones a line
 * diff first, then a word diff inside each changed hunk (chunks), keeping a
 * hunk line-level when it is too big; past HARD_LIMIT there is only a message.
 */
export type DiffKind = "added" | "removed" | "same";

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

export type AnswerDiff =
  | {
      kind: "diff";
      segments: DiffSegment[];
      /** "mixed" when some hunks were too large to diff word by word and are shown as whole lines */
      granularity: "word" | "mixed";
      addedWords: number;
      removedWords: number;
    }
  | { kind: "too-large"; message: string };

/** Total characters (both sides) diffed in one word-level pass. */
const DIRECT_LIMIT = 30_000;
/** Beyond this (both sides), no diff at all. */
const HARD_LIMIT = 2_000_000;
/** Edit-distance caps make the cost deterministic (no wall clock needed). */
const WORD_EDITS = 4_000;
const LINE_EDITS = 20_000;

export function diffAnswerWords(previous: string, current: string): AnswerDiff {
  const total = previous.length + current.length;
  if (total > HARD_LIMIT) {
    return { kind: "too-large", message: `These answers are too long to compare here (${Math.round(total / 1000)}k characters together).` };
  }
  if (total <= DIRECT_LIMIT) {
    const words = diffWords(previous, current, { maxEditLength: WORD_EDITS });
    if (words) return result(toSegments(words), "word");
  }
  const lines = diffLines(previous, current, { maxEditLength: LINE_EDITS });
  if (!lines) return { kind: "too-large", message: "These answers differ almost everywhere; there is no useful diff to show." };
  return chunked(lines);
}

/** A line diff refined hunk by hunk: removed+added line pairs become word diffs when small enough. */
function chunked(lines: Change[]): AnswerDiff {
  const out: DiffSegment[] = [];
  let granularity: "word" | "mixed" = "word";
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i];
    if (!c) continue;
    const next = lines[i + 1];
    if (c.removed && next?.added) {
      const words = c.value.length + next.value.length <= DIRECT_LIMIT ? diffWords(c.value, next.value, { maxEditLength: WORD_EDITS }) : undefined;
      if (words) out.push(...toSegments(words));
      else {
        granularity = "mixed";
        out.push({ kind: "removed", text: c.value }, { kind: "added", text: next.value });
      }
      i++;
      continue;
    }
    out.push(...toSegments([c]));
  }
  return result(merge(out), granularity);
}

function toSegments(changes: Change[]): DiffSegment[] {
  return changes
    .filter((c) => c.value !== "")
    .map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

/** Adjacent segments of one kind become one (hunks split by the line pass). */
function merge(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.kind === s.kind) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

function result(segments: DiffSegment[], granularity: "word" | "mixed"): AnswerDiff {
  return {
    kind: "diff",
    segments,
    granularity,
    addedWords: countWords(segments, "added"),
    removedWords: countWords(segments, "removed"),
  };
}

function countWords(segments: DiffSegment[], kind: DiffKind): number {
  let n = 0;
  for (const s of segments) if (s.kind === kind) n += s.text.split(/\s+/).filter(Boolean).length;
  return n;
}
