import { describe, expect, it } from "vitest";
import type { AgentInfo, AttemptModel, Vote } from "@/lib/model/types";
import { prepareRunPage, resolveRunRef } from "@/lib/prepare/run-page";
import { attempt, log, turn } from "./fixtures";

function agent(over: Partial<AgentInfo> & { id: string }): AgentInfo {
  return {
    labelPrefix: null,
    model: null,
    backend: null,
    status: null,
    answerCount: 0,
    usage: null,
    tools: null,
    rounds: null,
    enforcement: null,
    error: null,
    firstVote: null,
    round: null,
    ...over,
  };
}

function vote(over: Partial<Vote> = {}): Vote {
  return {
    voterId: "agent_a",
    targetLabel: "agent2.1",
    targetAgentId: "agent_b",
    reason: "r",
    reasonKnown: true,
    timestamp: null,
    iteration: 1,
    round: 0,
    snapshotDir: null,
    ignored: false,
    ...over,
  };
}

function model(over: Partial<AttemptModel> = {}): AttemptModel {
  return {
    logName: "log_20251105_074751_835636",
    relPath: "log_20251105_074751_835636/turn_1/attempt_2",
    runDirKind: "attempt",
    turn: 1,
    attempt: 2,
    generation: "G5",
    massgenVersion: "0.1.40",
    state: "complete",
    stateReason: "status.json is_complete",
    superseded: false,
    question: "What is 2+2?",
    agents: [
      agent({ id: "agent_a", labelPrefix: "agent1", model: "gpt-5-nano", backend: "openai", status: "completed" }),
      agent({ id: "agent_b", labelPrefix: "agent2", answerCount: 1 }),
    ],
    winner: "agent_b",
    answers: [{ label: "agent2.1", agentId: "agent_b", index: 1, timestamp: null, snapshotDir: null, text: null }],
    votes: [vote(), vote({ ignored: true })],
    finalAnswer: { agentId: "agent_b", label: "agent2.final", text: "**4**", file: "final/agent_b/answer.txt" },
    startTime: null,
    endTime: null,
    durationSeconds: 151,
    costUsd: null,
    inputTokens: 1000,
    outputTokens: null,
    enforcementRetries: null,
    parseIssues: [],
    agentCostUsd: null,
    subagentCostUsd: null,
    reasoningTokens: null,
    finishReason: null,
    finishReasonDetails: null,
    lastUpdated: null,
    stops: [],
    finalRoundTally: {},
    statusVotes: null,
    tools: null,
    roundsByOutcome: null,
    errors: [],
    coordinationEvents: null,
    subagents: [],
    toolExecutions: null,
    workspaceListing: {},
    ...over,
  };
}

const twoTurns = log({
  turns: [
    turn({ turn: 1, attempts: [attempt({ attempt: 1, state: "error" }), attempt({ attempt: 2 })] }),
    turn({ turn: 2, attempts: [attempt({ attempt: 1, state: "running" })] }),
  ],
});

describe("prepareRunPage", () => {
  it("builds header facts, keeping gaps as null", () => {
    const view = prepareRunPage(twoTurns, model());
    expect(view.title).toBe("log_20251105_074751_835636 · Turn 1 · Attempt 2");
    expect(Object.fromEntries(view.stats.map((s) => [s.label, s.value]))).toEqual({
      Started: null,
      Duration: "2m 31s",
      Cost: null,
      Tokens: "1k",
      Answers: "1",
      Votes: "1",
    });
    expect(view.agents.map((a) => [a.id, a.model, a.isWinner, a.answers, a.votesCast])).toEqual([
      ["agent_a", "gpt-5-nano", false, 0, 1],
      // agent_b's model comes from the index summary (execution_metadata.yaml) when the agent entry lacks it
      ["agent_b", "claude-sonnet-4", true, 1, 0],
    ]);
    expect(view.winnerColor).toEqual(view.agents[1]?.color);
  });

  it("builds turn and attempt navigation with the current item marked", () => {
    const view = prepareRunPage(twoTurns, model());
    expect(view.turns.map((t) => [t.label, t.href, t.state, t.current])).toEqual([
      ["Turn 1", "/runs/log_20251105_074751_835636/turn/1/attempt/2", "complete", true],
      ["Turn 2", "/runs/log_20251105_074751_835636/turn/2/attempt/1", "running", false],
    ]);
    expect(view.attempts.map((a) => [a.label, a.state, a.current])).toEqual([
      ["Attempt 1", "error", false],
      ["Attempt 2", "complete", true],
    ]);
  });

  it("has no turn/attempt navigation for flat (G1–G3) runs", () => {
    const flat = log({ turns: [turn({ turn: null, attempts: [attempt({ attempt: null })] })] });
    const view = prepareRunPage(flat, model({ turn: null, attempt: null }));
    expect(view.turns).toEqual([]);
    expect(view.attempts).toEqual([]);
  });

  it("completes short run addresses to the latest turn and attempt", () => {
    expect(resolveRunRef(twoTurns, null, null)).toEqual({ logId: twoTurns.id, turn: 2, attempt: 1 });
    expect(resolveRunRef(twoTurns, 1, null)).toEqual({ logId: twoTurns.id, turn: 1, attempt: 2 });
    expect(resolveRunRef(twoTurns, 3, null)).toBeNull();
  });
});
