import type { OutlineBlock, OutlineKind, SearchHits, TraceFileKind, TraceFileRef, TraceOutline } from "./trace-types";

export type * from "./trace-types";

/** Matches the Badge tones of components/ui (lib never imports components). */
export type TraceTone = "neutral" | "accent" | "ok" | "live" | "bad" | "warn";

/** One row of the trace viewer (issue #3 "Execution traces"). */
export interface TraceRow {
  index: number;
  kind: OutlineKind;
  label: string;
  tone: TraceTone;
  /** what follows the label: tool name, vote target, context name */
  subject: string | null;
  preview: string;
  error: boolean;
  bytes: number;
  /** reasoning starts collapsed: it is long and the tool calls tell the story */
  collapsedByDefault: boolean;
}

const KIND: Record<OutlineKind, { label: string; tone: TraceTone }> = {
  reasoning: { label: "Reasoning", tone: "neutral" },
  content: { label: "Content", tone: "neutral" },
  tool_call: { label: "Tool call", tone: "accent" },
  tool_result: { label: "Tool result", tone: "ok" },
  tool_error: { label: "Tool error", tone: "bad" },
  vote_cast: { label: "Vote cast", tone: "live" },
  injected_context: { label: "Injected context", tone: "warn" },
  answer_submitted: { label: "Answer submitted", tone: "live" },
  round: { label: "Round", tone: "neutral" },
  unknown: { label: "Text", tone: "neutral" },
  error_list: { label: "Errors", tone: "bad" },
};

function subjectOf(b: OutlineBlock): string | null {
  if (b.kind === "vote_cast") return b.votedFor ? `→ ${b.votedFor}` : b.name;
  if (b.kind === "unknown") return b.title || null;
  return b.name;
}

export function traceRows(outline: TraceOutline): TraceRow[] {
  return outline.blocks.map((b) => ({
    index: b.index,
    kind: b.kind,
    label: KIND[b.kind].label,
    tone: b.kind === "tool_result" && b.error ? "bad" : KIND[b.kind].tone,
    subject: subjectOf(b),
    preview: b.preview,
    error: b.error,
    bytes: b.end - b.start,
    collapsedByDefault: b.kind === "reasoning",
  }));
}

export function errorIndexes(outline: TraceOutline): number[] {
  return outline.blocks.filter((b) => b.error).map((b) => b.index);
}

/** The first item of `sorted` after `from`, wrapping round; null when empty. */
export function nextAfter(sorted: readonly number[], from: number): number | null {
  return sorted.find((i) => i > from) ?? sorted[0] ?? null;
}

export function prevBefore(sorted: readonly number[], from: number): number | null {
  return sorted.findLast((i) => i < from) ?? sorted[sorted.length - 1] ?? null;
}

export function searchBlocks(hits: SearchHits | null): number[] {
  return hits ? hits.hits.map((h) => h.block) : [];
}

const FILE_KIND_LABEL: Record<TraceFileKind, string> = { answer: "answer", vote: "vote", partial: "partial", final: "final" };

export interface TraceFileGroup {
  agentId: string;
  files: (TraceFileRef & { label: string; time: string | null })[];
}

/** `20251225_204434_629759` → `20:44:34` (local wall clock of the snapshot, FORMAT.md §1.6). */
export function snapshotTime(ts: string | null): string | null {
  const m = ts ? /^\d{8}_(\d\d)(\d\d)(\d\d)/.exec(ts) : null;
  return m ? `${m[1]}:${m[2]}:${m[3]}` : null;
}

/** Snapshot dirs in time order; `final/` (ts null) after them. */
export function byTimeFinalLast(a: TraceFileRef, b: TraceFileRef): number {
  if (a.ts === null || b.ts === null) return (a.ts === null ? 1 : 0) - (b.ts === null ? 1 : 0);
  return a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0;
}

/** Files grouped by agent, each agent's snapshots in time order with its final trace last. */
export function groupTraceFiles(files: readonly TraceFileRef[]): TraceFileGroup[] {
  const groups = new Map<string, TraceFileGroup>();
  const order = [...files].sort(byTimeFinalLast);
  for (const f of order) {
    const g = groups.get(f.agentId) ?? { agentId: f.agentId, files: [] };
    g.files.push({ ...f, label: FILE_KIND_LABEL[f.kind], time: snapshotTime(f.ts) });
    groups.set(f.agentId, g);
  }
  return [...groups.values()].sort((a, b) => a.agentId.localeCompare(b.agentId));
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
