/**
 * Runs list view model: one row per TURN (the unit a user asked a question
 * for), with that turn's attempts (orchestration restarts, FORMAT.md §1.2)
 * kept visible. Pure: LogSummary[] in, plain serialisable rows out.
 */
import type { AttemptSummary, LogSummary, RunState } from "@/lib/model/types";
import { runHref } from "@/lib/routes";
import { type AgentColor, agentColor, agentColorMap } from "./agent-colors";
import { formatLocalDateTime, formatLocalTime, sumNullable } from "./format";

export interface RunsTableAttempt {
  attempt: number | null;
  href: string;
  state: RunState;
  winner: string | null;
  costUsd: number | null;
  durationSeconds: number | null;
  parseIssueCount: number;
}

export interface RunsTableAgent {
  id: string;
  model: string | null;
  color: AgentColor;
}

export interface RunsTableRow {
  /** unique row key: "<log id>#<turn>" */
  key: string;
  logId: string;
  logName: string;
  turn: number | null;
  /** link of the latest attempt of the turn */
  href: string;
  startedAt: number | null;
  startedLabel: string | null;
  startedTitle: string | null;
  question: string | null;
  agents: RunsTableAgent[];
  /** distinct model names, sorted */
  models: string[];
  winner: string | null;
  /** the latest attempt's state: it decides how the turn ended (or that it still runs) */
  state: RunState;
  costUsd: number | null;
  /** input + output over all attempts; null when no attempt recorded tokens */
  tokens: number | null;
  durationSeconds: number | null;
  attempts: RunsTableAttempt[];
  analyzed: boolean;
  reportEmpty: boolean;
  parseIssueCount: number;
  generation: string;
  /** lowercased haystack for the free-text search: question, agent ids, models, log name */
  searchText: string;
}

export function prepareRunsTable(logs: readonly LogSummary[]): RunsTableRow[] {
  const rows: RunsTableRow[] = [];
  for (const log of logs) {
    for (const turn of log.turns) {
      const row = prepareTurnRow(log, turn.turn, turn.attempts, turn.analyzed, turn.reportEmpty);
      if (row) rows.push(row);
    }
  }
  return rows;
}

function prepareTurnRow(
  log: LogSummary,
  turn: number | null,
  attempts: readonly AttemptSummary[],
  analyzed: boolean,
  reportEmpty: boolean,
): RunsTableRow | null {
  const latest = attempts[attempts.length - 1];
  if (!latest) return null;
  const first = attempts[0] ?? latest;
  const startedAt = first.startedAt ?? (turn === null || turn === 1 ? log.startedAt : null);
  const agents = collectAgents(attempts);
  const models = [...new Set(agents.flatMap((a) => (a.model ? [a.model] : [])))].sort();
  const question = latest.question ?? attempts.find((a) => a.question !== null)?.question ?? null;
  return {
    key: `${log.id}#${turn ?? 0}`,
    logId: log.id,
    logName: log.name,
    turn,
    href: runHref({ logId: log.id, turn, attempt: latest.attempt }),
    startedAt,
    startedLabel: formatLocalTime(startedAt),
    startedTitle: formatLocalDateTime(startedAt),
    question,
    agents,
    models,
    winner: latest.winner,
    state: latest.state,
    // Every attempt spent money and time, restarts included.
    costUsd: sumNullable(attempts.map((a) => a.costUsd)),
    tokens: sumNullable(attempts.flatMap((a) => [a.inputTokens, a.outputTokens])),
    durationSeconds: sumNullable(attempts.map((a) => a.durationSeconds)),
    attempts: attempts.map((a) => ({
      attempt: a.attempt,
      href: runHref({ logId: log.id, turn, attempt: a.attempt }),
      state: a.state,
      winner: a.winner,
      costUsd: a.costUsd,
      durationSeconds: a.durationSeconds,
      parseIssueCount: a.parseIssues.length,
    })),
    analyzed,
    reportEmpty,
    parseIssueCount: attempts.reduce((n, a) => n + a.parseIssues.length, 0),
    generation: log.generation,
    searchText: [question ?? "", log.name, ...agents.map((a) => a.id), ...models].join("\n").toLowerCase(),
  };
}

/** Union of the attempts' agents in first-seen order; the latest known model wins. */
function collectAgents(attempts: readonly AttemptSummary[]): RunsTableAgent[] {
  const models = new Map<string, string | null>();
  for (const a of attempts) {
    for (const id of a.agents) if (!models.has(id)) models.set(id, null);
    for (const [id, model] of Object.entries(a.models)) models.set(id, model);
  }
  // Same colour map as the run page builds for this set of agents, so colours match across views.
  const colors = agentColorMap([...models.keys()]);
  return [...models].map(([id, model]) => ({ id, model, color: colors[id] ?? agentColor(id) }));
}
