import { describe, expect, it } from "vitest";
import { parseCoordinationEvents } from "@/lib/parse/coordination-events";
import { parseMetricsSummary } from "@/lib/parse/metrics-summary";
import { parseSnapshotMappings } from "@/lib/parse/snapshot-mappings";
import { parseStatus } from "@/lib/parse/status";
import { parseVote } from "@/lib/parse/vote";
import { expected, fixtureExists, readFixture, versionAtLeast } from "./fixtures";

/** Parsed values of every committed sample run against tests/fixtures/expected.json. */
describe.each(Object.entries(expected.runs))("%s", (run, exp) => {
  it("status.json", () => {
    if (!fixtureExists(`${run}/status.json`)) return;
    const { value, issues } = parseStatus(readFixture(`${run}/status.json`), `${run}/status.json`);
    expect(issues).toEqual([]);
    expect(value?.meta?.question).toBe(exp.question);
    expect(Object.keys(value?.agents ?? {})).toEqual(exp.agent_ids);
    expect(value?.results?.votes).toEqual(exp.status_json_results_votes);
    if (exp.winner) expect(value?.results?.winner).toBe(exp.winner);
    // decomposition runs: "stopped" comes from coordination events, status.json says "voted" (§3.1.4)
    if (exp.agent_final_status && exp.stops.length === 0) {
      const statuses = Object.fromEntries(Object.entries(value?.agents ?? {}).map(([id, a]) => [id, a.status]));
      expect(statuses).toEqual(exp.agent_final_status);
    }
    if (versionAtLeast(exp.massgen_version, "0.1.24")) {
      expect(value?.costs?.total_input_tokens).toBe(exp.total_input_tokens);
      expect(value?.costs?.total_output_tokens).toBe(exp.total_output_tokens);
      for (const [id, a] of Object.entries(exp.per_agent)) {
        expect(value?.agents?.[id]?.token_usage?.input_tokens).toBe(a.input_tokens);
      }
    }
    if (versionAtLeast(exp.massgen_version, "0.1.38") && exp.enforcement) {
      for (const [id, e] of Object.entries(exp.enforcement)) {
        const rel = value?.agents?.[id]?.reliability;
        expect(rel?.total_enforcement_retries ?? 0).toBe(e.count);
        expect(rel?.total_buffer_chars_lost ?? 0).toBe(e.buffer_chars_lost);
        expect((rel?.enforcement_attempts ?? []).map((x) => x.reason)).toEqual(e.reasons);
      }
    }
  });

  it("coordination_events.json", () => {
    if (!fixtureExists(`${run}/coordination_events.json`)) return;
    const { value, issues } = parseCoordinationEvents(readFixture(`${run}/coordination_events.json`), "ce");
    expect(issues).toEqual([]);
    expect(value?.events?.length).toBe(exp.coordination_event_count);
    expect(value?.session_metadata?.agent_ids).toEqual(exp.agent_ids);
    expect(value?.session_metadata?.user_prompt).toBe(exp.question);
    expect(value?.session_metadata?.final_winner ?? null).toBe(exp.winner);
    expect(value?.events?.[0]?.event_type).toBe("session_start");
  });

  it("vote.json of every expected vote", () => {
    for (const v of exp.votes) {
      const { value, issues } = parseVote(readFixture(`${run}/${v.snapshot_dir}/vote.json`), "vote.json");
      expect(issues).toEqual([]);
      expect(value?.voter_id).toBe(v.voter);
      expect(value?.voted_for).toBe(v.voted_for_agent);
      expect(value?.reason).toBe(v.reason);
      if (versionAtLeast(exp.massgen_version, "0.1.27")) expect(value?.voted_for_label).toBe(v.voted_for_label);
    }
  });

  it("snapshot_mappings.json", () => {
    if (!fixtureExists(`${run}/snapshot_mappings.json`)) return;
    const { value, issues } = parseSnapshotMappings(readFixture(`${run}/snapshot_mappings.json`), "sm");
    expect(issues).toEqual([]);
    const votes = Object.values(value ?? {}).filter((m) => m.type === "vote");
    for (const v of exp.votes) {
      expect(votes.some((m) => m.path === `${v.snapshot_dir}/vote.json` && m.agent_id === v.voter)).toBe(true);
    }
  });

  it("metrics_summary.json", () => {
    if (!fixtureExists(`${run}/metrics_summary.json`)) return;
    const { value, issues } = parseMetricsSummary(readFixture(`${run}/metrics_summary.json`), "ms");
    expect(issues).toEqual([]);
    expect(value?.totals?.estimated_cost).toBeCloseTo(exp.total_cost_usd ?? NaN, 6);
    expect(value?.totals?.input_tokens).toBe(exp.total_input_tokens);
    expect(value?.meta?.winner ?? null).toBe(exp.winner);
  });
});
