import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/parse/decode";
import { parseCoordinationEvents } from "@/lib/parse/coordination-events";
import { parseEventsJsonl } from "@/lib/parse/events-jsonl";
import { parseExecutionMetadata } from "@/lib/parse/execution-metadata";
import { parseMetricsSummary } from "@/lib/parse/metrics-summary";
import { parseSnapshotMappings } from "@/lib/parse/snapshot-mappings";
import { parseStatus } from "@/lib/parse/status";
import { parseVote } from "@/lib/parse/vote";
import { FIXTURES } from "./fixtures";

/** tests/fixtures/broken: each case damages one file of the same G5 run (see its README.md). */
const BROKEN = join(FIXTURES, "broken");
const run = (log: string) => join(BROKEN, log, "turn_1/attempt_1");
const read = (p: string) => decodeText(readFileSync(p), p.slice(BROKEN.length + 1));

describe("broken fixtures", () => {
  it("truncated status.json → one issue, no value", () => {
    const { text } = read(join(run("log_20260201_100001_000001"), "status.json"));
    const r = parseStatus(text, "status.json");
    expect(r.value).toBeNull();
    expect(r.issues[0]?.message).toMatch(/^truncated or invalid JSON \(.* at byte (\d+) of \1, line \d+\)$/);
  });

  it("BOM + invalid UTF-8 in the question → decode issue, status still parses", () => {
    const d = read(join(run("log_20260201_100002_000002"), "status.json"));
    expect(d.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^invalid UTF-8 at byte \d+; replaced with U\+FFFD$/)]);
    const r = parseStatus(d.text, "status.json");
    expect(r.issues).toEqual([]);
    expect(r.value?.meta?.question).toBe("Write a \uFFFD\uFFFD short \uFFFD  bio of Bob Dylan");
    expect(r.value?.results?.winner).toBe("agent_a");
  });

  it("wrong types → field-level issues, rest kept", () => {
    const dir = run("log_20260201_100003_000003");
    const s = parseStatus(read(join(dir, "status.json")).text, "status.json");
    expect(s.value?.results?.winner).toBe("agent_a");
    expect(s.issues.map((i) => i.message.split(":")[0]).sort()).toEqual([
      "agents.agent_a.token_usage",
      "agents.agent_b.answer_count",
      "coordination",
      "meta.start_time",
      'results.votes["agent2.1"]',
    ]);
    const m = parseMetricsSummary(read(join(dir, "metrics_summary.json")).text, "m");
    expect(m.issues.map((i) => i.message.split(":")[0])).toEqual(["totals.estimated_cost"]);
    expect(m.value?.totals?.input_tokens).toBeGreaterThan(0);
    const voteFile = join(dir, "agent_b/20251229_013344_399118/vote.json");
    const v = parseVote(read(voteFile).text, "vote.json");
    expect(v.issues.map((i) => i.message.split(":")[0]).sort()).toEqual(["available_options", "reason"]);
    expect(v.value?.voter_id).toBe("agent_b");
  });

  it("coordination_events.json truncated mid-file", () => {
    const r = parseCoordinationEvents(read(join(run("log_20260201_100004_000004"), "coordination_events.json")).text, "ce");
    expect(r.value).toBeNull();
    expect(r.issues[0]?.message).toMatch(/^truncated or invalid JSON/);
  });

  it("events.jsonl with a garbage middle line and a half-written last line", () => {
    const text = read(join(run("log_20260201_100005_000005"), "events.jsonl")).text;
    const live = parseEventsJsonl(text, "events.jsonl", { complete: false });
    expect(live.issues).toEqual([{ file: "events.jsonl", message: expect.stringMatching(/^line 60: truncated or invalid JSON/) }]);
    expect(live.events).toHaveLength(118);
    expect(text.slice(live.consumedChars)).toMatch(/^\{"timestamp": .*"round_nu$/);
    const done = parseEventsJsonl(text, "events.jsonl", { complete: true });
    expect(done.issues).toHaveLength(2);
  });

  it("invalid execution_metadata.yaml", () => {
    const r = parseExecutionMetadata(read(join(run("log_20260201_100006_000006"), "execution_metadata.yaml")).text, "m");
    expect(r.value).toBeNull();
    expect(r.issues[0]?.message).toMatch(/^invalid YAML: /);
  });

  it("hostile strings parse verbatim and consistently", () => {
    const dir = run("log_20260201_100007_000007");
    const hid = 'agent_b"><svg onload=alert(1)>\u200f🤖';
    const s = parseStatus(read(join(dir, "status.json")).text, "s");
    expect(s.issues).toEqual([]);
    expect(Object.keys(s.value?.agents ?? {})).toEqual(["agent_a", hid]);
    expect(s.value?.meta?.question).toContain("<script>alert(1)</script>\n<img src=x onerror=alert(1)>");
    const ce = parseCoordinationEvents(read(join(dir, "coordination_events.json")).text, "ce");
    expect(ce.issues).toEqual([]);
    expect(ce.value?.session_metadata?.agent_ids).toEqual(["agent_a", hid]);
    expect(ce.value?.session_metadata?.user_prompt).toBe(s.value?.meta?.question);
    const votes = ce.value?.events?.filter((e) => e.event_type === "vote_cast" && e.agent_id === hid) ?? [];
    expect(votes.some((e) => String((e.context as { reason?: string }).reason).startsWith("<script>alert(1)</script>"))).toBe(true);
    const sm = parseSnapshotMappings(read(join(dir, "snapshot_mappings.json")).text, "sm");
    for (const m of Object.values(sm.value ?? {})) {
      if (m.agent_id === hid) expect(readdirSync(join(dir, hid))).toContain(m.timestamp);
    }
    expect(readFileSync(join(dir, "final/agent_a/answer.txt"), "utf8")).toContain("[the Village](javascript:alert(1))");
  });
});
