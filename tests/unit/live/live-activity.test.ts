import { describe, expect, it } from "vitest";
import { fileKind, parseLiveEvent } from "@/lib/model/live-events";
import { liveActivity, liveness } from "@/lib/model/live-activity";

const e = (event_type: string, agent_id: string | null, data: Record<string, unknown> = {}, t = "2026-01-01T10:00:00") => ({ timestamp: t, event_type, agent_id, round_number: 1, data });

describe("live activity from events.jsonl (FORMAT.md §3.9)", () => {
  it("the last event of each agent decides; agents without events are waiting; answers and votes accumulate", () => {
    const a = liveActivity(
      [
        e("phase_change", null, { phase: "initial_answer" }),
        e("round_start", "a"),
        e("tool_start", "a", { tool_name: "write_file" }),
        e("answer_submitted", "b", { answer_label: "agent2.1" }),
        e("phase_change", null, { phase: "enforcement" }),
        e("vote", "b", { voted_for_label: "agent2.1" }, "2026-01-01T10:00:05"),
        e("text", "a"),
      ],
      ["a", "b", "c"],
      0,
    );
    expect(a.phase).toBe("enforcement");
    expect(a.agents.map((x) => [x.agentId, x.kind, x.detail])).toEqual([
      ["a", "writing", null],
      ["b", "voted", "agent2.1"],
      ["c", "waiting", null],
    ]);
    expect(a.answers).toEqual(["agent2.1"]);
    expect(a.votes).toEqual([{ voterId: "b", label: "agent2.1" }]);
  });
});

describe("stalled detection", () => {
  const now = 1_000_000_000_000;
  it("running while status.json is fresh, stalled while quiet, nothing once long dead or finished", () => {
    expect(liveness("running", now / 1000 - 3, now)).toBe("live");
    expect(liveness("interrupted", now / 1000 - 30, now)).toBe("stalled");
    expect(liveness("interrupted", now / 1000 - 3600, now)).toBeNull();
    expect(liveness("complete", now / 1000 - 1, now)).toBeNull();
    expect(liveness("interrupted", now / 1000 - 1, now)).toBeNull();
    expect(liveness("running", null, now)).toBeNull();
  });
});

describe("live events", () => {
  it("classify writes by FORMAT.md §5.1 and parse defensively", () => {
    expect(["status.json", "events.jsonl", "massgen.log", "agent_a/20260101_100000_000001/answer.txt", "coordination_events.json", "agent_outputs/agent_a.txt"].map(fileKind)).toEqual([
      "status",
      "events",
      "log",
      "snapshot",
      "end",
      "other",
    ]);
    expect(parseLiveEvent({ log: "l", turn: 1, attempt: null, kind: "status" })).toEqual({ log: "l", turn: 1, attempt: null, kind: "status" });
    expect(parseLiveEvent({ log: "l", kind: "nope" })).toBeNull();
    expect(parseLiveEvent("x")).toBeNull();
  });
});
