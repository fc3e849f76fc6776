import { describe, expect, it } from "vitest";
import type { AttemptModel, CoordinationEventView } from "@/lib/model/types";
import { prepareCoordination } from "@/lib/prepare/coordination";
import { filterRows, isAnswerOrVote, NO_FILTER } from "@/lib/prepare/coordination-facets";
import { expectedRuns, load } from "../model/fixture-runs";

/** The coordination table view model against tests/fixtures/expected.json (FORMAT.md §3.4, §4.1). */

const PICK = [
  "log_20251020_022559", // G1
  "log_20251105_054547_355657", // G3
  "log_20251115_071621_925227/turn_1", // G4
  "log_20251225_204406_076604/turn_1/attempt_1", // G5
  "log_20260102_074142_518013/turn_1/attempt_1", // decomposition
  "log_20260103_122454_485969/turn_1/attempt_1", // timeout
];
const runs = expectedRuns.filter(([rel]) => PICK.includes(rel));

describe.each(runs)("%s", (rel, exp) => {
  it("has one row per coordination event, in order, with the ground-truth counts", async () => {
    const v = prepareCoordination(await load(rel, exp, "full"));
    expect(v.source).toBe("coordination_events");
    expect(v.rows).toHaveLength(exp.coordination_event_count ?? -1);
    expect(v.rows.map((r) => r.n)).toEqual(v.rows.map((_, i) => i + 1));
    expect(v.rows.filter((r) => r.type === "restart_triggered")).toHaveLength(exp.restart_events);
    expect(v.rows.filter((r) => r.type === "update_injected")).toHaveLength(exp.update_injections);
    expect(v.rows.filter((r) => r.facet === "unknown")).toHaveLength(0);
  });

  it("puts agents in config order with label prefixes, and events in their agent's column", async () => {
    const v = prepareCoordination(await load(rel, exp, "full"));
    expect(v.columns.map((c) => c.agentId)).toEqual(exp.agent_ids);
    expect(Object.fromEntries(v.columns.map((c) => [c.agentId, c.labelPrefix]))).toEqual(exp.label_numbering);
    for (const r of v.rows) expect(r.col === null ? r.agentId : v.columns[r.col]?.agentId).toBe(r.agentId);
    expect(v.columns.filter((c) => c.isWinner).map((c) => c.agentId)).toEqual(exp.winner ? [exp.winner] : []);
  });

  it("shows votes (label + full reason), ignored votes, stops and new answers", async () => {
    const v = prepareCoordination(await load(rel, exp, "full"));
    const votes = v.rows.filter((r) => r.facet === "vote");
    expect(votes.map((r) => ({ voter: r.agentId, label: r.cell.label, agent: r.cell.labelAgentId, reason: r.cell.text }))).toEqual(
      exp.votes.map((e) => ({ voter: e.voter, label: e.voted_for_label, agent: e.voted_for_agent, reason: e.reason })),
    );
    const ignored = v.rows.filter((r) => r.facet === "ignored");
    expect(ignored.map((r) => r.agentId)).toEqual(exp.ignored_votes.map((e) => e.voter));
    for (const [i, r] of ignored.entries()) expect(r.cell.text).toContain(exp.ignored_votes[i]?.reason ?? "");
    expect(v.rows.filter((r) => r.facet === "stop").map((r) => ({ agent: r.agentId, summary: r.cell.text }))).toEqual(exp.stops);
    const answers = v.rows.filter((r) => r.facet === "answer");
    const labels = Object.values(exp.answers).flatMap((a) => a.labels);
    expect(answers.map((r) => r.cell.label).sort()).toEqual([...labels].sort());
    for (const r of answers) if (r.cell.answerKey) expect(v.answerTexts[r.cell.answerKey]?.length).toBeGreaterThan(0);
  });

  it("ends with the final answer of the winner, and times relative to the start", async () => {
    const m = await load(rel, exp, "full");
    const v = prepareCoordination(m);
    const final = v.rows.find((r) => r.type === "final_answer");
    expect(final?.agentId).toBe(exp.winner);
    expect(final?.cell.answerKey && v.answerTexts[final.cell.answerKey]).toBe(m.finalAnswer?.text);
    expect(v.rows[0]?.relSeconds).toBeCloseTo(0, 0);
    expect(v.rows.every((r) => r.relLabel?.startsWith("+") && r.localTime !== null)).toBe(true);
  });

  it("filters by agent, type and 'answers & votes only'", async () => {
    const v = prepareCoordination(await load(rel, exp, "full"));
    const a0 = exp.agent_ids[0] ?? "";
    const mine = filterRows(v.rows, { ...NO_FILTER, agents: [a0] });
    expect(mine.every((r) => r.agentId === null || r.agentId === a0)).toBe(true);
    const restarts = filterRows(v.rows, { ...NO_FILTER, facets: ["restart"] });
    expect(restarts).toHaveLength(v.facets.find((f) => f.facet === "restart")?.count ?? -1);
    const av = filterRows(v.rows, { ...NO_FILTER, answersAndVotesOnly: true });
    expect(av.length).toBe(v.rows.filter(isAnswerOrVote).length);
    expect(av.filter((r) => r.facet === "vote")).toHaveLength(exp.votes.length);
    expect(filterRows(v.rows, NO_FILTER)).toBe(v.rows);
  });
});

describe("without coordination_events.json (live run)", () => {
  const live = expectedRuns.find(([rel]) => rel.startsWith("log_20260104_134201_184641"));
  it("builds rows from events.jsonl and the snapshot dirs, in time order", async () => {
    if (!live) throw new Error("live fixture missing");
    const [rel, exp] = live;
    const v = prepareCoordination(await load(rel, exp, "full"));
    expect(v.source).toBe("live");
    expect(v.sourceNote).toContain("v0.0.19");
    expect(v.rows.filter((r) => r.facet === "vote").map((r) => r.cell.label)).toEqual(exp.votes.map((e) => e.voted_for_label));
    expect(v.rows.filter((r) => r.facet === "answer")).toHaveLength(Object.values(exp.answers).reduce((n, a) => n + a.count, 0));
    const times = v.rows.map((r) => r.relSeconds ?? Infinity);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

function synthetic(n: number): AttemptModel {
  const ids = ["agent_a", "agent_b", "agent_c", "agent_d"];
  const kinds = ["status_change", "context_received", "new_answer", "vote_cast", "update_injected", "mystery_event"];
  const events: CoordinationEventView[] = Array.from({ length: n }, (_, i) => ({
    timestamp: 1_700_000_000 + i * 0.25,
    type: kinds[i % kinds.length] ?? "status_change",
    agentId: i % 7 === 0 ? null : (ids[i % ids.length] ?? null),
    details: `event ${i}`,
    iteration: i,
    round: 0,
    context: { label: `agent1.${i}`, voted_for: "agent_a", voted_for_label: "agent1.1", reason: "because", available_answer_labels: ["agent1.1"] },
  }));
  const agents = ids.map((id, i) => ({ id, labelPrefix: `agent${i + 1}`, model: null, backend: null, status: null, answerCount: 0, usage: null, tools: null, rounds: null, enforcement: null, error: null, firstVote: null, round: null }));
  return { agents, answers: [], votes: [], stops: [], errors: [], coordinationEvents: events, finalAnswer: null, winner: "agent_a", startTime: 1_700_000_000, state: "complete" } as unknown as AttemptModel;
}

describe("scale", () => {
  it("prepares a 20,000-event run quickly and keeps unknown types as rows", () => {
    const m = synthetic(20_000);
    const t0 = performance.now();
    prepareCoordination(m);
    const t1 = performance.now();
    const v = prepareCoordination(m);
    const t2 = performance.now();
    console.log(`prepareCoordination, 20,000 events: ${(t1 - t0).toFixed(1)} ms cold, ${(t2 - t1).toFixed(1)} ms warm`);
    expect(v.rows).toHaveLength(20_000);
    expect(v.rows.filter((r) => r.facet === "unknown").length).toBeGreaterThan(3000);
    expect(v.rows.find((r) => r.type === "mystery_event")?.cell.headline).toBe("MYSTERY_EVENT");
  });
});
