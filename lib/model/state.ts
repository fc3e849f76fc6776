import type { RunFiles } from "./run-files";
import type { RunState } from "./types";

/**
 * Run state per FORMAT.md §5.3.
 * ≥v0.1.38: status.json is_complete / finish_reason decide (a winner whose own
 * agent status is "error" is still complete when finish_reason is completed).
 * Older: complete = winner + coordination_events.json; failed = error/timeout
 * rounds without a winner. Otherwise a run is "running" only while status.json
 * is fresh (meta.last_updated, else its mtime, within FRESH_S of nowMs; the
 * writer ticks every 2 s) and "interrupted" when stale or when status.json never
 * appeared.
 */
export const FRESH_S = 10;

export function runState(files: RunFiles, winner: string | null, nowMs: number): { state: RunState; reason: string } {
  const st = files.status;
  const hasEnd = files.has("coordination_events.json");
  if (!st) {
    if (files.has("status.json")) return noStatus(hasEnd, winner, "status.json could not be read");
    return noStatus(hasEnd, winner, "no status.json");
  }
  const fr = st.finish_reason ?? null;
  if (fr === "completed" && st.is_complete !== false) return { state: "complete", reason: detail(st.finish_reason_details, `winner ${winner ?? "?"}`) };
  if (fr === "timeout") return { state: "timeout", reason: detail(st.finish_reason_details, "orchestrator timeout") };
  if (fr === "error") return { state: "error", reason: detail(st.finish_reason_details, "an agent failed") };
  if (fr === null && winner && hasEnd) return { state: "complete", reason: `winner ${winner}; coordination_events.json written (pre-v0.1.38 rule)` };
  const outcomes = st.rounds?.by_outcome ?? {};
  if (fr === null && !winner && (outcomes["timeout"] ?? 0) > 0) return { state: "timeout", reason: "a round timed out and there is no winner" };
  if (fr === null && !winner && (outcomes["error"] ?? 0) > 0) return { state: "error", reason: "a round failed and there is no winner" };
  return liveOrStale(files, nowMs, hasEnd, fr);
}

function liveOrStale(files: RunFiles, nowMs: number, hasEnd: boolean, fr: string | null): { state: RunState; reason: string } {
  const updated = files.status?.meta?.last_updated ?? (files.statusMtimeMs === null ? null : files.statusMtimeMs / 1000);
  const phase = fr && fr !== "in_progress" ? ` (${fr})` : "";
  if (updated === null) return { state: "interrupted", reason: "status.json has no last_updated time" };
  const age = nowMs / 1000 - updated;
  if (age <= FRESH_S && !hasEnd) return { state: "running", reason: `status.json updated ${Math.max(0, Math.round(age))} s ago${phase}` };
  const why = hasEnd ? "the run ended without a winner" : `status.json not updated for ${ago(age)}`;
  return { state: "interrupted", reason: `${why}${phase}` };
}

/** No usable status.json: coordination_events.json (end of run) is the only witness (G1–G2, broken files). */
function noStatus(hasEnd: boolean, winner: string | null, why: string): { state: RunState; reason: string } {
  if (hasEnd && winner) return { state: "complete", reason: `winner ${winner}; coordination_events.json written (${why})` };
  if (hasEnd) return { state: "interrupted", reason: `coordination_events.json has no winner (${why})` };
  return { state: "interrupted", reason: `${why} and no end-of-run files: stopped before or during coordination` };
}

function detail(d: string | null | undefined, fallback: string): string {
  return d && d.trim() ? d : fallback;
}

function ago(s: number): string {
  if (s < 120) return `${Math.round(s)} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  if (s < 172800) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86400)} days`;
}
