import "server-only";

/**
 * Which files of a RUN directory each reader loads, and how much of each
 * (run-source.ts; live-source.ts for a live run's later reads). "summary" is
 * what the index needs, "full" what the run page needs (issue 2).
 */

export const MB = 1024 * 1024;
const JSON_CAP = 64 * MB;
export const TEXT_CAP = 16 * MB;
const LOG_TAIL = 256 * 1024;
const OUTPUT_TAIL = 8 * MB;

const SUMMARY_FILES = ["status.json", "metrics_summary.json", "execution_metadata.yaml", "snapshot_mappings.json"];
const FULL_TOP_FILES = ["coordination_events.json", "coordination_table.txt", "metrics_events.json", "events.jsonl"];
const LOG_FILES = new Set(["massgen.log", "massgen_debug.log"]);

/** Read the file, whole up to `cap` bytes, or only its last `tail` bytes; null: do not read it. */
export type Want = { cap: number; tail?: number } | null;

/**
 * `lean`: a lean index row (ReadRunSourceOptions.lean) skips metrics_summary.json
 * (its totals equal status.json's `costs` unless subagents ran) and
 * snapshot_mappings.json (labels only).
 */
export function wanted(f: string, mode: "summary" | "full", hasStatus: boolean, lean?: { subagents: boolean }): Want {
  if (lean && (f === "snapshot_mappings.json" || (f === "metrics_summary.json" && !lean.subagents))) return null;
  if (SUMMARY_FILES.includes(f)) return { cap: JSON_CAP };
  if (f === "coordination_events.json" && !hasStatus) return { cap: JSON_CAP };
  if (mode === "summary") return null;
  if (FULL_TOP_FILES.includes(f)) return { cap: JSON_CAP };
  if (LOG_FILES.has(f)) return { cap: JSON_CAP, tail: LOG_TAIL };
  const p = f.split("/");
  if (p.length === 2 && p[0] === "agent_outputs" && /\.txt$/.test(f) && !/^(system_status|final_presentation_)/.test(p[1] ?? "")) {
    return { cap: JSON_CAP, tail: OUTPUT_TAIL };
  }
  if (p.length === 3 && (p[2] === "answer.txt" || p[2] === "vote.json")) return { cap: TEXT_CAP };
  if (p.length === 3 && p[0] === "subagents" && p[2] === "subprocess_logs.json") return { cap: JSON_CAP };
  return null;
}
