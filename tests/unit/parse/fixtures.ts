import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Helpers for the parse tests: committed fixtures only (never ../shared). */

export const FIXTURES = join(__dirname, "../../fixtures");
export const LOGS = join(FIXTURES, "logs");

export function readFixture(rel: string): string {
  return readFileSync(join(LOGS, rel), "utf8");
}

export function fixtureExists(rel: string): boolean {
  return existsSync(join(LOGS, rel));
}

export interface ExpectedRun {
  massgen_version: string;
  question: string;
  agent_ids: string[];
  winner: string | null;
  votes: { voter: string; voted_for_label: string; voted_for_agent: string; reason: string; snapshot_dir: string }[];
  stops: unknown[];
  status_json_results_votes: Record<string, number> | null;
  total_input_tokens: number | null;
  total_output_tokens: number | null;
  total_cost_usd: number | null;
  per_agent: Record<string, { cost_usd: number | null; input_tokens: number | null; output_tokens: number | null }>;
  enforcement: Record<string, { count: number; reasons: string[]; buffer_chars_lost: number }> | null;
  agent_final_status: Record<string, string> | null;
  coordination_event_count: number | null;
  start_time_unix: number | null;
  end_time_unix: number | null;
  tz_offset_minutes: number;
  files: Record<string, boolean | string | null>;
}

export const expected = JSON.parse(readFileSync(join(FIXTURES, "expected.json"), "utf8")) as {
  runs: Record<string, ExpectedRun>;
};

/** "0.1.24" >= "0.1.8" etc. */
export function versionAtLeast(v: string, min: string): boolean {
  const a = v.split(".").map(Number);
  const b = min.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}
