import path from "node:path";
import { buildAttempt } from "@/lib/model/build-attempt";
import type { AttemptModel } from "@/lib/model/types";
import { readRunSource } from "@/lib/server/run-source";
import expectedJson from "@/tests/fixtures/expected.json";

/** Ground truth of tests/fixtures/logs (generated with the fixture tree; see expected.json). */
export interface ExpectedRun {
  generation: string;
  massgen_version: string;
  turn: number | null;
  attempt: number | null;
  run_dir_kind: string;
  question: string;
  agent_ids: string[];
  label_numbering: Record<string, string>;
  state: string;
  superseded_by_next_attempt: boolean;
  winner: string | null;
  answers: Record<string, { count: number; labels: string[] }>;
  votes: { voter: string; voted_for_label: string; voted_for_agent: string; reason: string; snapshot_dir: string }[];
  stops: { agent: string; summary: string }[];
  ignored_votes: { voter: string; voted_for_agent: string; reason: string }[];
  final_round_tally: Record<string, number>;
  status_json_results_votes: Record<string, number> | null;
  total_cost_usd: number | null;
  agent_cost_usd: number | null;
  subagent_cost_usd: number | null;
  total_input_tokens: number | null;
  total_output_tokens: number | null;
  per_agent: Record<string, { cost_usd: number; input_tokens: number; output_tokens: number; reasoning_tokens: number }> | null;
  enforcement: Record<string, { count: number; reasons: string[]; buffer_chars_lost: number } | null>;
  agent_final_status: Record<string, string>;
  agent_errors: Record<string, { type: string; message: string }>;
  coordination_event_count: number | null;
  restart_events: number;
  update_injections: number;
  duration_seconds: number;
  start_time_unix: number;
  end_time_unix: number | null;
  status_last_updated_unix: number | null;
  files: Record<string, boolean | string>;
  tz_offset_minutes: number;
}

export const ROOT = path.resolve(__dirname, "../../fixtures/logs");
export const expectedRuns = Object.entries((expectedJson as unknown as { runs: Record<string, ExpectedRun> }).runs);

/** A wall clock that makes a run with status.json look `ageS` seconds old (or any time for finished runs). */
export function nowFor(exp: ExpectedRun, ageS = 3): number {
  return ((exp.status_last_updated_unix ?? 1.8e9) + ageS) * 1000;
}

export async function load(rel: string, exp: ExpectedRun, mode: "summary" | "full", nowMs = nowFor(exp)): Promise<AttemptModel> {
  const src = await readRunSource(ROOT, rel, {
    mode,
    hasLaterAttempt: exp.superseded_by_next_attempt,
    nowMs,
    tzOffsetMinutes: exp.tz_offset_minutes,
    // as lib/server/run-model.ts reads an index row
    rowOnly: mode === "summary",
  });
  return buildAttempt(src);
}
