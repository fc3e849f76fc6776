import { parseLogDirName } from "@/lib/parse/timestamps";
import type { AttemptModel, AttemptSummary } from "./types";

/**
 * The `list --json` attempt object (issue 2 contract). `answers` counts every
 * answer including revisions; `votes` every accepted vote of the attempt (all
 * iterations, ignored ones excluded) — the same numbers as status.json
 * answer_count / results.votes, which an index row reads directly when the
 * run has a usable status.json (RunSource.leanRow).
 */
export function summarizeAttempt(model: AttemptModel, absRunPath: string, tzOffsetMinutes?: number): AttemptSummary {
  const models: Record<string, string> = {};
  for (const a of model.agents) if (a.model) models[a.id] = a.model;
  return {
    attempt: model.attempt,
    path: absRunPath,
    relPath: model.relPath,
    state: model.state,
    question: model.question,
    agents: model.agents.map((a) => a.id),
    models,
    winner: model.winner,
    answers: model.answers.length,
    votes: model.votes.filter((v) => !v.ignored).length,
    costUsd: model.costUsd,
    inputTokens: model.inputTokens,
    outputTokens: model.outputTokens,
    durationSeconds: model.durationSeconds,
    enforcementRetries: model.enforcementRetries,
    startedAt: model.startTime ?? parseLogDirName(model.logName, tzOffsetMinutes),
    massgenVersion: model.massgenVersion,
    parseIssues: model.parseIssues,
  };
}
