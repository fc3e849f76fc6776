import type { LogSummary } from "@/lib/model/types";

/**
 * The `list --json` document: a stable scripting contract (issue #2, README).
 * LogSummary/TurnSummary/AttemptSummary already carry exactly the contract's
 * keys, plus extras (id, root, startedAt, models, massgenVersion) that the
 * contract welcomes; keys are listed here so the order stays stable.
 */
export function listDocument(roots: string[], logs: LogSummary[]) {
  return {
    roots,
    logs: logs.map((l) => ({
      name: l.name,
      path: l.path,
      generation: l.generation,
      id: l.id,
      root: l.root,
      startedAt: l.startedAt,
      turns: l.turns.map((t) => ({
        turn: t.turn,
        analyzed: t.analyzed,
        reportEmpty: t.reportEmpty,
        attempts: t.attempts.map((a) => ({
          attempt: a.attempt,
          path: a.path,
          relPath: a.relPath,
          state: a.state,
          question: a.question,
          agents: a.agents,
          winner: a.winner,
          answers: a.answers,
          votes: a.votes,
          costUsd: a.costUsd,
          inputTokens: a.inputTokens,
          outputTokens: a.outputTokens,
          durationSeconds: a.durationSeconds,
          enforcementRetries: a.enforcementRetries,
          parseIssues: a.parseIssues,
          models: a.models,
          startedAt: a.startedAt,
          massgenVersion: a.massgenVersion,
        })),
      })),
    })),
  };
}

export type AnalyzedFilter = "all" | "analyzed" | "unanalyzed";

/** `massgen logs list` semantics: a log is analyzed if any turn has a report (even empty); filter before limit (FORMAT.md §6). */
export function filterLogs(logs: LogSummary[], filter: AnalyzedFilter, limit: number | null): LogSummary[] {
  const analyzed = (l: LogSummary) => l.turns.some((t) => t.analyzed);
  const kept = filter === "all" ? logs : logs.filter((l) => analyzed(l) === (filter === "analyzed"));
  return limit === null ? kept : kept.slice(0, limit);
}
