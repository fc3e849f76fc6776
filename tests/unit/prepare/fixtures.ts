import type { AttemptSummary, LogSummary, TurnSummary } from "@/lib/model/types";

export function attempt(over: Partial<AttemptSummary> = {}): AttemptSummary {
  return {
    attempt: 1,
    path: "/logs/log_x/turn_1/attempt_1",
    relPath: "log_x/turn_1/attempt_1",
    state: "complete",
    question: "What is 2+2?",
    agents: ["agent_a", "agent_b"],
    models: { agent_a: "gpt-5-nano", agent_b: "claude-sonnet-4" },
    winner: "agent_b",
    answers: 2,
    votes: 2,
    costUsd: 0.041,
    inputTokens: 10_000,
    outputTokens: 2_300,
    durationSeconds: 151,
    enforcementRetries: 0,
    startedAt: 1_762_329_600,
    massgenVersion: "0.1.40",
    parseIssues: [],
    ...over,
  };
}

export function turn(over: Partial<TurnSummary> = {}): TurnSummary {
  return { turn: 1, analyzed: false, reportEmpty: false, attempts: [attempt()], ...over };
}

export function log(over: Partial<LogSummary> = {}): LogSummary {
  return {
    id: "log_20251105_074751_835636",
    name: "log_20251105_074751_835636",
    path: "/logs/log_20251105_074751_835636",
    root: "/logs",
    generation: "G5",
    startedAt: 1_762_329_000,
    turns: [turn()],
    ...over,
  };
}
