import { buildAttempt } from "@/lib/model/build-attempt";
import type { AgentInfo, AttemptModel, RoundUsage } from "@/lib/model/types";
import { readRunSource } from "@/lib/server/run-source";
import { type ExpectedRun, expectedRuns, nowFor, ROOT } from "../model/fixture-runs";

/** Model of one fixture run, read the way the run page reads it. */
export async function loadRun(rel: string): Promise<{ model: AttemptModel; exp: ExpectedRun }> {
  const exp = expectedRuns.find(([k]) => k === rel)?.[1];
  if (!exp) throw new Error(`no expected run ${rel}`);
  const src = await readRunSource(ROOT, rel, {
    mode: "full",
    hasLaterAttempt: exp.superseded_by_next_attempt,
    nowMs: nowFor(exp),
    tzOffsetMinutes: exp.tz_offset_minutes,
  });
  return { model: buildAttempt(src), exp };
}

/** The same run as a version before v0.1.27 without metrics_events.json would give: no API timing, no tool executions. */
export function withoutTiming(m: AttemptModel): AttemptModel {
  const agents = m.agents.map((a) => ({
    ...a,
    rounds: a.rounds?.map((r) => ({ ...r, cachedInputTokens: null, apiCalls: null, apiTimeMs: null, avgTtftMs: null })) ?? null,
  }));
  return { ...m, agents, toolExecutions: null };
}

export const cents = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 100));

/** A synthetic run of `agents` agents × `rounds` rounds, each with usage and enforcement. */
export function syntheticModel(base: AttemptModel, agents = 12, rounds = 40): AttemptModel {
  const start = 1_767_000_000;
  const list: AgentInfo[] = Array.from({ length: agents }, (_, a) => {
    const rs: RoundUsage[] = Array.from({ length: rounds }, (_, r) => ({
      round: r,
      type: r === 0 ? "initial_answer" : "voting",
      outcome: r % 3 === 0 ? "answer" : r % 3 === 1 ? "vote" : "restarted",
      inputTokens: 1000 + a,
      outputTokens: 100,
      reasoningTokens: 10,
      costUsd: 0.001,
      startTime: start + r * 30 + a,
      endTime: start + r * 30 + a + 25,
      durationMs: 25_000,
      toolCalls: 1,
      contextUsagePct: 1,
      cachedInputTokens: 500,
      apiCalls: 2,
      apiTimeMs: 20_000,
      avgTtftMs: 800,
    }));
    const events = Array.from({ length: a % 4 }, (_, k) => ({
      round: (a * 3 + k) % rounds,
      attempt: k + 1,
      maxAttempts: 3,
      reason: k % 2 ? "api_error" : "no_tool_calls",
      toolCalls: [],
      errorMessage: null,
      bufferPreview: "x",
      bufferChars: 10,
      timestamp: start + ((a * 3 + k) % rounds) * 30 + 5,
    }));
    return {
      ...(base.agents[0] as AgentInfo),
      id: `agent_${String(a).padStart(2, "0")}`,
      usage: { inputTokens: (1000 + a) * rounds, outputTokens: 100 * rounds, reasoningTokens: 10 * rounds, cachedInputTokens: 500, costUsd: 0.001 * rounds },
      rounds: rs,
      enforcement: { count: events.length, reasons: [...new Set(events.map((e) => e.reason))], bufferCharsLost: events.length * 10, events },
    };
  });
  return { ...base, agents: list, startTime: start, endTime: start + rounds * 30 + 40, costUsd: 0.001 * rounds * agents, answers: [], votes: [], errors: [] };
}
