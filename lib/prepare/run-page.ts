/**
 * Run page view model: header facts, agents with colours, and the turn /
 * attempt navigation of one log. Pure: (LogSummary, AttemptModel) → props.
 */
import type { AttemptModel, LogSummary, ParseIssue, RunState } from "@/lib/model/types";
import { runHref } from "@/lib/routes";
import { type AgentColor, agentColorMap } from "./agent-colors";
import { formatDuration, formatLocalDateTime, formatLocalTime, formatMoney, formatTokens, sumNullable } from "./format";

export interface RunNavItem {
  key: string;
  label: string;
  href: string;
  state: RunState;
  current: boolean;
}

export interface RunAgentView {
  id: string;
  model: string | null;
  backend: string | null;
  color: AgentColor;
  isWinner: boolean;
  answers: number;
  votesCast: number;
}

export interface RunStat {
  label: string;
  /** formatted value, null = not recorded */
  value: string | null;
  title?: string;
}

export interface RunPageView {
  logId: string;
  logName: string;
  relPath: string;
  title: string;
  question: string | null;
  state: RunState;
  stateReason: string;
  superseded: boolean;
  winner: string | null;
  winnerColor: AgentColor | null;
  generation: string;
  massgenVersion: string | null;
  stats: RunStat[];
  agents: RunAgentView[];
  turns: RunNavItem[];
  attempts: RunNavItem[];
  finalAnswer: { agentId: string; label: string | null; text: string; file: string } | null;
  parseIssues: ParseIssue[];
}

export function prepareRunPage(log: LogSummary, model: AttemptModel): RunPageView {
  const colors = agentColorMap(model.agents.map((a) => a.id));
  // The index summary may know models (execution_metadata.yaml) that the agent entries lack.
  const summaryModels =
    log.turns.find((t) => t.turn === model.turn)?.attempts.find((a) => a.attempt === model.attempt)?.models ?? {};
  const tokens = sumNullable([model.inputTokens, model.outputTokens]);
  const votesBy = countBy(model.votes.filter((v) => !v.ignored).map((v) => v.voterId));
  const turnLabel = model.turn !== null ? `Turn ${model.turn}` : null;
  const attemptLabel = model.attempt !== null ? `Attempt ${model.attempt}` : null;
  return {
    logId: log.id,
    logName: log.name,
    relPath: model.relPath,
    title: [log.name, turnLabel, attemptLabel].filter(Boolean).join(" · "),
    question: model.question,
    state: model.state,
    stateReason: model.stateReason,
    superseded: model.superseded,
    winner: model.winner,
    winnerColor: model.winner ? (colors[model.winner] ?? null) : null,
    generation: model.generation,
    massgenVersion: model.massgenVersion,
    stats: [
      { label: "Started", value: formatLocalTime(model.startTime), title: formatLocalDateTime(model.startTime) ?? undefined },
      { label: "Duration", value: formatDuration(model.durationSeconds) },
      { label: "Cost", value: formatMoney(model.costUsd) },
      {
        label: "Tokens",
        value: formatTokens(tokens),
        title:
          tokens === null ? undefined : `${model.inputTokens ?? "?"} input · ${model.outputTokens ?? "?"} output`,
      },
      { label: "Answers", value: String(model.answers.length) },
      { label: "Votes", value: String(model.votes.filter((v) => !v.ignored).length) },
    ],
    agents: model.agents.map((a) => ({
      id: a.id,
      model: a.model ?? summaryModels[a.id] ?? null,
      backend: a.backend,
      color: colors[a.id] ?? { solid: "#71717a", fg: "#3f3f46", soft: "#f4f4f5" },
      isWinner: a.id === model.winner,
      answers: a.answerCount,
      votesCast: votesBy.get(a.id) ?? 0,
    })),
    turns: prepareTurnNav(log, model.turn),
    attempts: prepareAttemptNav(log, model.turn, model.attempt),
    finalAnswer: model.finalAnswer,
    parseIssues: model.parseIssues,
  };
}

function countBy(keys: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/**
 * One item per turn of the log; each links to the turn's latest attempt.
 * Empty for layouts without turn dirs (G1–G3 flat runs): nothing to switch.
 */
export function prepareTurnNav(log: LogSummary, currentTurn: number | null): RunNavItem[] {
  if (log.turns.every((t) => t.turn === null)) return [];
  return log.turns.map((t) => {
    const latest = t.attempts[t.attempts.length - 1];
    return {
      key: `turn-${t.turn ?? 0}`,
      label: t.turn !== null ? `Turn ${t.turn}` : "Run",
      href: runHref({ logId: log.id, turn: t.turn, attempt: latest?.attempt ?? null }),
      state: latest?.state ?? "interrupted",
      current: t.turn === currentTurn,
    };
  });
}

export function prepareAttemptNav(log: LogSummary, turn: number | null, currentAttempt: number | null): RunNavItem[] {
  const t = log.turns.find((x) => x.turn === turn);
  if (!t || t.attempts.every((a) => a.attempt === null)) return [];
  return t.attempts.map((a) => ({
    key: `attempt-${a.attempt ?? 0}`,
    label: a.attempt !== null ? `Attempt ${a.attempt}` : "Attempt",
    href: runHref({ logId: log.id, turn, attempt: a.attempt }),
    state: a.state,
    current: a.attempt === currentAttempt,
  }));
}

/**
 * Completes a partial run address (`/runs/<log>`, `/runs/<log>/turn/2`) to the
 * latest turn / latest attempt that exists, so short hand-typed URLs work.
 * Returns null when the log has no such turn.
 */
export function resolveRunRef(
  log: LogSummary,
  turn: number | null,
  attempt: number | null,
): { logId: string; turn: number | null; attempt: number | null } | null {
  const t = turn === null ? log.turns[log.turns.length - 1] : log.turns.find((x) => x.turn === turn);
  if (!t) return null;
  const a = attempt === null ? t.attempts[t.attempts.length - 1] : t.attempts.find((x) => x.attempt === attempt);
  if (!a) return null;
  return { logId: log.id, turn: t.turn, attempt: a.attempt };
}
