/**
 * The small change events sent to browsers over SSE (app/api/events): which
 * log / turn / attempt changed and what kind of write it was. No content: the
 * page fetches what it shows (router.refresh()), so an event stays a few bytes.
 * Pure and shared: the server emits it, the browser's EventSource client parses it.
 */
export const LIVE_KINDS = ["index", "status", "events", "log", "snapshot", "end", "other"] as const;
export type LiveKind = (typeof LIVE_KINDS)[number];

export interface LiveEvent {
  /** log id as in URLs (LogSummary.id) */
  log: string;
  turn: number | null;
  attempt: number | null;
  kind: LiveKind;
}

/** Files MassGen writes once at the end of an attempt (FORMAT.md §5.2 step 6). */
const END_FILES = new Set(["coordination_events.json", "coordination_table.txt", "snapshot_mappings.json", "metrics_summary.json", "metrics_events.json"]);
const TS_DIR = /^\d{8}_\d{6}(_\d+)?$/;

/** What kind of write a RUN-relative posix path is (FORMAT.md §5.1 write-mode table). */
export function fileKind(rel: string): LiveKind {
  const parts = rel.split("/");
  const [first, second] = parts;
  if (first === "status.json") return "status";
  if (first === "events.jsonl") return "events";
  if (first === "massgen.log" || first === "massgen_debug.log") return "log";
  if (first !== undefined && END_FILES.has(first)) return "end";
  if (first === "final") return "end";
  // <agent_id>/<ts>/…: a new answer or vote snapshot (§1.6)
  if (second !== undefined && TS_DIR.test(second) && first !== "agent_outputs") return "snapshot";
  return "other";
}

export function sameEvent(a: LiveEvent, b: LiveEvent): boolean {
  return a.log === b.log && a.turn === b.turn && a.attempt === b.attempt && a.kind === b.kind;
}

/** Parse one SSE data payload; anything malformed is dropped (the client then just refreshes less precisely). */
export function parseLiveEvent(data: unknown): LiveEvent | null {
  if (typeof data !== "object" || data === null) return null;
  const d = data as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === "number" && Number.isInteger(v) ? v : null);
  if (typeof d.log !== "string" || !LIVE_KINDS.includes(d.kind as LiveKind)) return null;
  return { log: d.log, turn: num(d.turn), attempt: num(d.attempt), kind: d.kind as LiveKind };
}
