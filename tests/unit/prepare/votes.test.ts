import { describe, expect, it } from "vitest";
import { prepareVotes } from "@/lib/prepare/votes";
import { expectedRuns, load, type ExpectedRun } from "../model/fixture-runs";

/** The Votes panel view model against tests/fixtures/expected.json (FORMAT.md §2, §3.4.2, §3.6). */

const PICK = [
  "log_20251020_022559", // G1
  "log_20251105_054547_355657", // G3
  "log_20251115_071621_925227/turn_1", // G4
  "log_20251225_204406_076604/turn_1/attempt_1", // G5
  "log_20260102_074142_518013/turn_1/attempt_1", // decomposition
  "log_20260103_122454_485969/turn_1/attempt_1", // timeout
  "log_20260104_134201_184641/turn_1/attempt_1", // running, no coordination_events.json
];
const runs = expectedRuns.filter(([rel]) => PICK.includes(rel));

/** Expected switch marks: a voter's accepted vote whose target differs from its previous accepted vote. */
function expectedSwitches(exp: ExpectedRun): boolean[] {
  const last = new Map<string, string>();
  return exp.votes.map((v) => {
    const prev = last.get(v.voter);
    last.set(v.voter, v.voted_for_label);
    return prev !== undefined && prev !== v.voted_for_label;
  });
}

describe.each(runs)("%s", (rel, exp) => {
  it("lists every accepted vote in order with its label, agent and full reason", async () => {
    const v = prepareVotes(await load(rel, exp, "full"));
    const votes = v.rounds.flatMap((r) => r.entries).filter((e) => e.kind === "vote");
    expect(votes.map((e) => ({ voter: e.voterId, voted_for_label: e.targetLabel, voted_for_agent: e.targetAgentId, reason: e.reason }))).toEqual(
      exp.votes.map(({ voter, voted_for_label, voted_for_agent, reason }) => ({ voter, voted_for_label, voted_for_agent, reason })),
    );
    expect(v.totals.votes).toBe(exp.votes.length);
  });

  it("marks switches, self-votes, ignored votes and stops", async () => {
    const v = prepareVotes(await load(rel, exp, "full"));
    const all = v.rounds.flatMap((r) => r.entries);
    const votes = all.filter((e) => e.kind === "vote");
    expect(votes.map((e) => e.flags.includes("switch"))).toEqual(expectedSwitches(exp));
    expect(votes.map((e) => e.flags.includes("self"))).toEqual(exp.votes.map((x) => x.voter === x.voted_for_agent));
    expect(votes.some((e) => e.flags.includes("invalid"))).toBe(false);
    const ignored = all.filter((e) => e.kind === "ignored");
    expect(ignored.map((e) => ({ voter: e.voterId, agent: e.targetAgentId, reason: e.reason ?? "" }))).toEqual(
      exp.ignored_votes.map((x) => ({ voter: x.voter, agent: x.voted_for_agent, reason: x.reason })),
    );
    expect(ignored.every((e) => e.flags.includes("ignored"))).toBe(true);
    const stops = all.filter((e) => e.kind === "stop");
    expect(stops.map((e) => ({ agent: e.voterId, summary: e.reason }))).toEqual(exp.stops);
    expect(stops.every((e) => e.flags.includes("stop"))).toBe(true);
  });

  it("tallies the deciding round and names the winner", async () => {
    const v = prepareVotes(await load(rel, exp, "full"));
    expect(Object.fromEntries(v.finalTally.map((b) => [b.label, b.count]))).toEqual(exp.final_round_tally);
    expect(v.winner?.agentId ?? null).toBe(exp.winner);
    for (const r of v.rounds) {
      const accepted = r.entries.filter((e) => e.kind === "vote").length;
      expect(r.tally.reduce((n, b) => n + b.count, 0)).toBe(accepted);
      expect(r.tally.every((b) => b.share > 0 && b.share <= 1)).toBe(true);
    }
    if (v.rounds.length === 0) expect(v.note).toBeTruthy();
  });

  it("draws a vote flow that ends at the winner", async () => {
    const v = prepareVotes(await load(rel, exp, "full"));
    if (!v.rounds.length) {
      expect(v.flow).toBeNull();
      return;
    }
    const flow = v.flow;
    expect(flow?.lanes.map((l) => l.agentId)).toEqual(exp.agent_ids);
    expect(flow?.columns.length).toBe(v.rounds.length + (exp.winner ? 1 : 0));
    const ids = new Set(flow?.nodes.map((n) => n.id));
    for (const l of flow?.links ?? []) expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
    if (exp.winner && exp.votes.length) {
      const winner = flow?.nodes.find((n) => n.kind === "winner");
      expect(winner).toBeDefined();
      expect(flow?.links.some((l) => l.to === winner?.id)).toBe(true);
    }
  });
});
