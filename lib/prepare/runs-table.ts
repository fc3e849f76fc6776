/**
 * Runs list view model: one row per TURN (the unit a user asked a question
 * for), with that turn's attempts (orchestration restarts, FORMAT.md §1.2)
 * kept visible. Pure: LogSummary[] in, plain serialisable rows out.
 */
import type { AttemptSummary, LogSummary, RunState } from "@/lib/model/types";
import { runHref } from "@/lib/routes";
import { type AgentColor, agentColor, agentColorMap } from "./agent-colors";
import { formatLocalDateTime, formatLocalTime, sumNullable } from "./format";

/**
 * A turn as the page sends it: facts only, nothing the client can derive
 * (expandRunsWire does), as a tuple so 2,000 rows do not repeat 14 key names.
 */
export type RunsWireRow = [
  logId: string,
  /** 0 when it equals logId (the usual case) */
  logName: string | 0,
  turn: number | null,
  startedAt: number | null,
  question: string | null,
  /** indexes into RunsWire.agents, in first-seen order over the attempts */
  agents: number[],
  winner: string | null,
  /** the latest attempt's state: it decides how the turn ended (or that it still runs) */
  state: RunState,
  costUsd: number | null,
  /** input + output over all attempts; null when no attempt recorded tokens */
  tokens: number | null,
  durationSeconds: number | null,
  /** [attempt number, state] per attempt, in order */
  attempts: [number | null, RunState][],
  analyzed: boolean,
  reportEmpty: boolean,
  parseIssueCount: number,
  /** the first problem of the turn's attempts, "<file>: <message>" (shown with the count), or null */
  firstIssue: string | null,
];

/** The list page's payload: each distinct [agent id, model] once (logs reuse a few configs), then the rows. */
export interface RunsWire {
  agents: [string, string | null][];
  rows: RunsWireRow[];
}

export interface RunsTableAttempt {
  attempt: number | null;
  href: string;
  state: RunState;
}

export interface RunsTableAgent {
  id: string;
  model: string | null;
  color: AgentColor;
}

/** A row as the table draws, filters and sorts it (built in the browser from a RunsWireRow). */
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
  /** the latest attempt's first parse issue, "<file>: <message>" (untrusted text: file names come from disk) */
  firstIssue: string | null;
  /** lowercased haystack for the free-text search: question, agent ids, models, log name */
  searchText: string;
}

export function prepareRunsTable(logs: readonly LogSummary[]): RunsTableRow[] {
  return expandRunsWire(prepareRunsWire(logs));
}

/**
 * The list page's payload. At 2,000 turns every derivable field (links,
 * labels, colours, search text, per-attempt details the table does not show)
 * would multiply what the server serialises into the page (issue 2: list page
 * ≤ 150 ms), so the browser derives them once with expandRunsWire.
 */
export function prepareRunsWire(logs: readonly LogSummary[]): RunsWire {
  let wire = wires.get(logs);
  if (!wire) {
    wire = buildWire(logs);
    wires.set(logs, wire);
  }
  return wire;
}

/** The index hands out one logs array per version: a page load with nothing changed reuses its payload. */
const wires = new WeakMap<readonly LogSummary[], RunsWire>();

function buildWire(logs: readonly LogSummary[]): RunsWire {
  const agents: [string, string | null][] = [];
  const agentIndex = new Map<string, number>();
  const indexOf = (id: string, model: string | null): number => {
    const k = `${id}\u0000${model ?? ""}\u0000${model === null ? 0 : 1}`;
    let i = agentIndex.get(k);
    if (i === undefined) {
      i = agents.push([id, model]) - 1;
      agentIndex.set(k, i);
    }
    return i;
  };
  const rows: RunsWireRow[] = [];
  for (const log of logs) {
    for (const t of log.turns) {
      const latest = t.attempts[t.attempts.length - 1];
      if (!latest) continue;
      const first = t.attempts[0] ?? latest;
      rows.push([
        log.id,
        log.name === log.id ? 0 : log.name,
        t.turn,
        first.startedAt ?? (t.turn === null || t.turn === 1 ? log.startedAt : null),
        latest.question ?? t.attempts.find((a) => a.question !== null)?.question ?? null,
        collectAgents(t.attempts).map(([id, model]) => indexOf(id, model)),
        latest.winner,
        latest.state,
        // Every attempt spent money and time, restarts included.
        sumNullable(t.attempts.map((a) => a.costUsd)),
        sumNullable(t.attempts.flatMap((a) => [a.inputTokens, a.outputTokens])),
        sumNullable(t.attempts.map((a) => a.durationSeconds)),
        t.attempts.map((a) => [a.attempt, a.state]),
        t.analyzed,
        t.reportEmpty,
        t.attempts.reduce((n, a) => n + a.parseIssues.length, 0),
        firstIssue(t.attempts),
      ]);
    }
  }
  return { agents, rows };
}

/** Everything the table derives from the payload. Pure; start times are formatted in the local time zone. */
export function expandRunsWire(wire: RunsWire): RunsTableRow[] {
  return wire.rows.map((w) => expandRow(w, wire.agents));
}

function expandRow(w: RunsWireRow, dict: RunsWire["agents"]): RunsTableRow {
  const [logId, name, turn, startedAt, question, agentIdx, winner, state, costUsd, tokens, durationSeconds, tuples, analyzed, reportEmpty, parseIssueCount, issue] = w;
  const logName = name === 0 ? logId : name;
  const pairs = agentIdx.flatMap((i) => {
    const pair = dict[i];
    return pair ? [pair] : [];
  });
  // Same colour map as the run page builds for this set of agents, so colours match across views.
  const colors = agentColorMap(pairs.map(([id]) => id));
  const agents = pairs.map(([id, model]) => ({ id, model, color: colors[id] ?? agentColor(id) }));
  const models = [...new Set(agents.flatMap((a) => (a.model ? [a.model] : [])))].sort();
  const attempts = tuples.map(([attempt, s]) => ({ attempt, state: s, href: runHref({ logId, turn, attempt }) }));
  return {
    key: `${logId}#${turn ?? 0}`,
    logId,
    logName,
    turn,
    href: attempts[attempts.length - 1]?.href ?? runHref({ logId, turn, attempt: null }),
    startedAt,
    startedLabel: formatLocalTime(startedAt),
    startedTitle: formatLocalDateTime(startedAt),
    question,
    agents,
    models,
    winner,
    state,
    costUsd,
    tokens,
    durationSeconds,
    attempts,
    analyzed,
    reportEmpty,
    parseIssueCount,
    firstIssue: issue,
    searchText: [question ?? "", logName, ...agents.map((a) => a.id), ...models].join("\n").toLowerCase(),
  };
}

function firstIssue(attempts: readonly AttemptSummary[]): string | null {
  for (const a of [...attempts].reverse()) {
    const i = a.parseIssues[0];
    if (i) return `${i.file}: ${i.message}`;
  }
  return null;
}

/** Union of the attempts' agents in first-seen order; the latest known model wins. */
function collectAgents(attempts: readonly AttemptSummary[]): [string, string | null][] {
  const models = new Map<string, string | null>();
  for (const a of attempts) {
    for (const id of a.agents) if (!models.has(id)) models.set(id, null);
    for (const [id, model] of Object.entries(a.models)) models.set(id, model);
  }
  return [...models];
}
