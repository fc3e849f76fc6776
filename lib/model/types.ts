/**
 * The run model: what every view, the CLI and the report are computed from.
 *
 * These are plain TS types on purpose: they describe massgen-dash's own model,
 * not an on-disk format (on-disk formats live in lib/schemas as zod schemas).
 * Convention everywhere: `null` means "this MassGen version did not record it"
 * (or the file is missing/broken), never 0.
 */

import type {
  AgentError,
  CoordinationEventView,
  Enforcement,
  RoundUsage,
  RunError,
  Stop,
  SubagentModel,
  TokenUsage,
  ToolExecution,
  ToolStats,
} from "./detail-types";

import type { LiveActivity } from "./live-activity";

export type * from "./detail-types";

export type Generation = "G0" | "G1" | "G2" | "G3" | "G4" | "G5";
export type RunState = "complete" | "running" | "error" | "timeout" | "interrupted";
export type RunDirKind = "log" | "turn" | "attempt";

/** A problem reading one file. `file` is relative to the log root (posix). */
export interface ParseIssue {
  file: string;
  message: string;
}

/** One file as the walker read it. Paths are never absolute inside the model. */
export type FileEntry =
  | {
      kind: "text";
      text: string;
      size: number;
      mtimeMs: number;
      /** true when `text` is only a bounded part (tail) of a larger file */
      partial?: boolean;
      /** problems met while decoding the bytes (bad UTF-8 …); file is log-root-relative */
      issues?: ParseIssue[];
    }
  | { kind: "unreadable"; message: string; size?: number; mtimeMs?: number };

/**
 * Everything the walker collected about one RUN directory (FORMAT.md §1.3).
 * Pure input of lib/model: no fs access happens after this is built.
 */
export interface RunSource {
  logName: string;
  /** RUN dir relative to its root, posix, e.g. "log_x/turn_1/attempt_1" or "log_x" */
  relPath: string;
  runDirKind: RunDirKind;
  turn: number | null;
  attempt: number | null;
  /** Relative (to the RUN dir) posix paths of every regular file found, workspace/ contents excluded. */
  listing: string[];
  /** Contents of the files the caller chose to load, keyed like `listing`. */
  files: Record<string, FileEntry>;
  /** Names of files inside `<agent>/<ts>/workspace/` and `final/<agent>/workspace/` dirs (bounded, names only). */
  workspaceListing?: Record<string, string[]>;
  /** Subagent child runs (`subagents/<id>/full_logs`), which belong to this attempt. */
  subagents?: { id: string; source: RunSource | null }[];
  /** True when a later attempt of the same turn exists (superseded attempt). */
  hasLaterAttempt: boolean;
  /** Wall clock used to judge freshness of a live run (ms since epoch). */
  nowMs: number;
  /** Offset of the machine's local time vs UTC in minutes (for local-naive timestamps), default: the process's. */
  tzOffsetMinutes?: number;
  /**
   * G5 only: the turn-level `turn_N/final/` copy (FORMAT.md §1.7), keyed like
   * "final/<agent>/answer.txt". Only loaded for the last attempt of a turn.
   */
  turnFinalFiles?: Record<string, FileEntry>;
  /** Problems met while walking the directory (unfollowed symlinks are not problems). */
  walkIssues?: ParseIssue[];
  /**
   * Built for an index row (summarizeAttempt) only: status.json and
   * metrics_summary.json keep just the fields a row shows, and their other
   * fields are neither validated nor reported (the run page reads them all).
   */
  rowOnly?: boolean;
  /**
   * A lean index row (ReadRunSourceOptions.lean): the run has a status.json and
   * only it, execution_metadata.yaml and subagents/ were read. Its answer and
   * vote counts are MassGen's own counters in status.json (`answer_count`,
   * `results.votes`), not a count of snapshot dirs; buildLeanRow says when
   * status.json cannot give the row and the run must be read again in full.
   */
  leanRow?: boolean;
}

/** Summary of one attempt: exactly the `list --json` attempt object (README contract). */
export interface AttemptSummary {
  attempt: number | null;
  /** absolute path of the RUN dir */
  path: string;
  /** RUN dir relative to its root */
  relPath: string;
  state: RunState;
  question: string | null;
  agents: string[];
  /** agent id -> model name, when execution_metadata.yaml tells */
  models: Record<string, string>;
  winner: string | null;
  answers: number;
  votes: number;
  costUsd: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  durationSeconds: number | null;
  enforcementRetries: number | null;
  /** unix seconds; from status/coordination events, else the dir-name timestamp */
  startedAt: number | null;
  massgenVersion: string | null;
  parseIssues: ParseIssue[];
}

export interface TurnSummary {
  turn: number | null;
  analyzed: boolean;
  reportEmpty: boolean;
  attempts: AttemptSummary[];
}

export interface LogSummary {
  /** unique id used in URLs (the dir name, suffixed ~2, ~3 when two roots hold the same name) */
  id: string;
  name: string;
  /** absolute path of the log dir */
  path: string;
  root: string;
  generation: Generation;
  /** unix seconds parsed from the log_YYYYMMDD_HHMMSS[_ffffff] name (local time), or null */
  startedAt: number | null;
  turns: TurnSummary[];
}

export interface AgentInfo {
  id: string;
  /** label prefix, e.g. "agent1" (numbering rule depends on version, FORMAT.md §2) */
  labelPrefix: string | null;
  model: string | null;
  backend: string | null;
  /** last known status (status.json or coordination events); null if unknown */
  status: string | null;
  /** answers submitted in this attempt, revisions included */
  answerCount: number;
  /** cumulative token usage and cost of the agent's backend; null before v0.1.24 */
  usage: TokenUsage | null;
  /** backend tool summary; null when not recorded */
  tools: ToolStats | null;
  /** completed rounds (RoundTokenUsage, FORMAT.md §3.2.3); null before v0.1.24 */
  rounds: RoundUsage[] | null;
  /** enforcement events (status.json reliability, §3.1.6); null before v0.1.38 */
  enforcement: Enforcement | null;
  /** set when the agent was killed (status.json `error`, §3.1.4) */
  error: AgentError | null;
  /** the agent's FIRST vote of the attempt as status.json records it (§3.1.4), not its latest */
  firstVote: { targetAgentId: string | null; targetLabel: string | null; reasonPreview: string | null } | null;
  /** the agent's current round (`times_restarted`); null when not recorded */
  round: number | null;
}

export interface Answer {
  label: string;
  agentId: string;
  /** k in agentN.k */
  index: number;
  /** unix seconds */
  timestamp: number | null;
  /** RUN-relative dir, e.g. "agent_a/20251105_074334_120044" */
  snapshotDir: string | null;
  /** full text when loaded, else null */
  text: string | null;
}

export interface Vote {
  voterId: string;
  targetLabel: string | null;
  targetAgentId: string | null;
  reason: string;
  timestamp: number | null;
  iteration: number | null;
  round: number | null;
  snapshotDir: string | null;
  /** cast while a restart was pending: not counted by MassGen */
  ignored: boolean;
  /** false when the reason was not recorded (e.g. an ignored vote without agent_outputs); `reason` is then "" */
  reasonKnown: boolean;
}

export interface FinalAnswer {
  agentId: string;
  label: string | null;
  text: string;
  /** RUN-relative path of answer.txt */
  file: string;
}

/**
 * The full model of one attempt. lib/model owns and extends this type
 * (fields may be added; the ones below are relied on by views and the CLI).
 */
export interface AttemptModel {
  logName: string;
  relPath: string;
  runDirKind: RunDirKind;
  turn: number | null;
  attempt: number | null;
  generation: Generation;
  massgenVersion: string | null;
  state: RunState;
  /** human-readable why of `state` (e.g. "status.json not updated for 12 min") */
  stateReason: string;
  superseded: boolean;
  question: string | null;
  agents: AgentInfo[];
  winner: string | null;
  answers: Answer[];
  votes: Vote[];
  finalAnswer: FinalAnswer | null;
  startTime: number | null;
  endTime: number | null;
  durationSeconds: number | null;
  costUsd: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  enforcementRetries: number | null;
  parseIssues: ParseIssue[];
  /** cost of the agents alone, and of subagents (metrics_summary totals or the child runs) */
  agentCostUsd: number | null;
  subagentCostUsd: number | null;
  reasoningTokens: number | null;
  /** status.json `finish_reason` [≥v0.1.38] */
  finishReason: string | null;
  finishReasonDetails: string | null;
  /** status.json meta.last_updated (unix seconds) */
  lastUpdated: number | null;
  /** decomposition-mode stops, in time order */
  stops: Stop[];
  /** label → votes among each agent's latest still-valid vote (the round that decided the winner) */
  finalRoundTally: Record<string, number>;
  /** status.json results.votes: ALL accepted votes of the attempt by label (§3.1.5); null when absent */
  statusVotes: Record<string, number> | null;
  /** run-level tool stats (metrics_summary, else status.json) */
  tools: ToolStats | null;
  /** rounds by outcome (answer, vote, presentation, restarted, error, timeout …) */
  roundsByOutcome: Record<string, number> | null;
  errors: RunError[];
  /** null when coordination_events.json was not read */
  coordinationEvents: CoordinationEventView[] | null;
  subagents: SubagentModel[];
  /** metrics_events.json `tool_executions` (§3.3); null when the file is absent, broken or not loaded (summary mode) */
  toolExecutions: ToolExecution[] | null;
  /** RunSource.workspaceListing (names only, bounded); {} when not walked (summary mode) */
  workspaceListing: Record<string, string[]>;
  /** each agent's current activity from events.jsonl (live-activity.ts); null without events.jsonl (summary mode, < v0.1.46) */
  live?: LiveActivity | null;
}

/** What the index store exposes to pages and the CLI. */
export interface IndexView {
  /** absolute log roots being served */
  roots: string[];
  /** true when serving the bundled demo logs because no root was found (or --demo) */
  demo: boolean;
  /** newest first (by log name descending, like `massgen logs list`) */
  logs: LogSummary[];
  /** true while the initial scan has not finished */
  scanning: boolean;
  /** how changes are watched: native inotify, polling after ENOSPC, or off */
  watchMode: "native" | "polling" | "off";
  /** user-facing warnings (e.g. "inotify watches exhausted; polling every 2 s") */
  warnings: string[];
  /** monotonically increasing on every index change (for clients to detect staleness) */
  version: number;
}
