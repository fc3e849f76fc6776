import "server-only";
import type { Generation, LogSummary } from "@/lib/model/types";
import type { DiscoveredLog } from "./discover";
import type { RunSummary } from "./run-model";

const NAME_TS = /^log_(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?:_(\d{1,6}))?/;

/** Start time from `log_YYYYMMDD_HHMMSS[_ffffff]`, which MassGen names in local time (FORMAT.md §1.1). */
export function logNameStartedAt(name: string): number | null {
  const m = NAME_TS.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const us = m[7] ? Number(m[7].padEnd(6, "0")) : 0;
  const t = new Date(y, mo - 1, d, h, mi, s).getTime();
  return Number.isNaN(t) ? null : t / 1000 + us / 1e6;
}

/** Assemble a LogSummary from the walker's shape and the per-run summaries (keyed by relPath). */
export function toLogSummary(id: string, log: DiscoveredLog, runs: ReadonlyMap<string, RunSummary>): LogSummary {
  let generation: Generation | null = null;
  const turns = log.turns.map((t) => ({
    turn: t.turn,
    analyzed: t.analyzed,
    reportEmpty: t.reportEmpty,
    attempts: t.runs.flatMap((r) => {
      const s = runs.get(r.relPath);
      if (!s) return [];
      generation ??= s.generation;
      return [s.summary];
    }),
  }));
  return {
    id,
    name: log.name,
    path: log.absPath,
    root: log.root,
    generation: generation ?? (log.g0 ? "G0" : "G1"),
    startedAt: logNameStartedAt(log.name),
    turns,
  };
}

/** Newest first by log name, like `massgen logs list` (FORMAT.md §5.3); ties keep root order. */
export function compareLogs(a: LogSummary, b: LogSummary): number {
  return a.name < b.name ? 1 : a.name > b.name ? -1 : 0;
}
