import { parseLocalIso } from "@/lib/parse/timestamps";
import { agentInfos } from "./agent-info";
import { agentIds, labelPrefixes, numOrNull } from "./agents";
import { buildAnswers } from "./answers";
import { costFacts, sum } from "./costs";
import { coordinationEvents, runErrors } from "./events";
import { detectGeneration, massgenVersion } from "./generation";
import { readRunFiles, type RunFiles } from "./run-files";
import { runState } from "./state";
import { buildSubagents } from "./subagents";
import { liveActivity } from "./live-activity";
import { finalRoundTally } from "./tally";
import type { AttemptModel, FinalAnswer, RunSource, RunState } from "./types";
import { toolStats } from "./usage";
import { buildVotes } from "./votes";

/**
 * The run model of one attempt, from whatever files `src` holds (the index
 * loads only the cheap ones, the run page all of them). Pure; never throws on
 * file content: every problem becomes a parse issue naming the file.
 */
export function buildAttempt(src: RunSource): AttemptModel {
  return fromFiles(src, readRunFiles(src));
}

/**
 * The model of a lean index row (RunSource.leanRow), or null when status.json
 * cannot give the row: unreadable or with invalid fields (its counters may be
 * the broken ones), or without `costs` where metrics_summary.json was not read.
 * The caller then reads the run again without `lean` (run-model.ts). A source
 * that is not lean is built as it is.
 */
export function buildLeanRow(src: RunSource): AttemptModel | null {
  const files = readRunFiles(src);
  if (src.leanRow) {
    const statusFile = files.logPath("status.json");
    if (!files.status || files.issues.some((i) => i.file === statusFile)) return null;
    const metricsUnread = files.has("metrics_summary.json") && src.files["metrics_summary.json"] === undefined;
    if (metricsUnread && !files.status.costs) return null;
  }
  return fromFiles(src, files);
}

function fromFiles(src: RunSource, files: RunFiles): AttemptModel {
  const tz = src.tzOffsetMinutes;
  const version = massgenVersion(files);
  const generation = detectGeneration(src, files, version);
  const ids = agentIds(files);
  const prefixes = labelPrefixes(files, ids, version, generation);
  const answers = buildAnswers(files, prefixes, tz);
  const { votes, stops } = buildVotes(files, answers, tz);
  const agents = agentInfos(files, ids, prefixes, { answers, votes, stops });
  const subagents = buildSubagents(src, files, buildAttempt);
  const winnerId = winner(files);
  const { state, reason } = runState(files, winnerId, src.nowMs);
  const time = timing(files, state, tz);
  const enforcement = agents.map((a) => a.enforcement?.count);
  return {
    logName: src.logName,
    relPath: src.relPath,
    runDirKind: src.runDirKind,
    turn: src.turn,
    attempt: src.attempt,
    generation,
    massgenVersion: version,
    state,
    stateReason: reason,
    superseded: src.hasLaterAttempt,
    question: question(files),
    agents,
    winner: winnerId,
    answers,
    votes,
    finalAnswer: finalAnswer(files, winnerId, prefixes),
    ...time,
    ...costFacts(files, agents, subagents),
    enforcementRetries: enforcement.some((n) => n === undefined) ? null : sum(enforcement),
    parseIssues: [...files.issues, ...subagents.flatMap((s) => s.model?.parseIssues ?? [])],
    finishReason: files.status?.finish_reason ?? null,
    finishReasonDetails: files.status?.finish_reason_details ?? null,
    lastUpdated: numOrNull(files.status?.meta?.last_updated),
    stops,
    finalRoundTally: finalRoundTally(votes, answers, files),
    statusVotes: files.status?.results?.votes ?? null,
    tools: toolStats(files.metricsSummary?.tools ?? files.status?.tools ?? null),
    roundsByOutcome: roundsByOutcome(files),
    errors: runErrors(files, tz),
    coordinationEvents: coordinationEvents(files),
    subagents,
    toolExecutions: files.metricsEvents?.tool_executions ?? null,
    workspaceListing: src.workspaceListing ?? {},
    live: files.events ? liveActivity(files.events, ids, tz) : null,
  };
}

/** Priority: coordination_events.json → status.json → metrics_summary.json → a single final/<agent>/. */
function winner(files: RunFiles): string | null {
  const finals = [...new Set(files.finals.map((f) => f.agentId))];
  return (
    files.coordination?.session_metadata?.final_winner ??
    files.status?.results?.winner ??
    files.metricsSummary?.meta?.winner ??
    (finals.length === 1 ? (finals[0] ?? null) : null)
  );
}

function question(files: RunFiles): string | null {
  return (
    files.coordination?.session_metadata?.user_prompt ??
    files.status?.meta?.question ??
    files.metadata?.query ??
    files.metricsSummary?.meta?.question ??
    null
  );
}

/** `final/<winner>/answer.txt` (§1.7); the label is `agentN.final` (§2). */
function finalAnswer(files: RunFiles, winnerId: string | null, prefixes: Record<string, string>): FinalAnswer | null {
  const f = files.finals.find((x) => x.agentId === winnerId) ?? (winnerId ? undefined : files.finals[0]);
  if (!f) return null;
  const mapped = Object.values(files.mappings ?? {}).find((m) => m.type === "final_answer" && m.agent_id === f.agentId);
  const prefix = prefixes[f.agentId];
  return { agentId: f.agentId, label: mapped?.label ?? (prefix ? `${prefix}.final` : null), text: f.text, file: f.file };
}

/**
 * Start, end and wall time. status.json first (it is read in both modes, so the
 * index and the run page agree); its last write trails session_end by a few
 * ms. Without it: coordination_events.json session_metadata (§3.4.1).
 * Wall time, not the sum of round durations (§10.8).
 */
function timing(files: RunFiles, state: RunState, tz?: number): Pick<AttemptModel, "startTime" | "endTime" | "durationSeconds"> {
  const meta = files.status?.meta;
  const sm = files.coordination?.session_metadata;
  const firstEvent = files.events?.[0]?.timestamp;
  const startTime =
    numOrNull(meta?.start_time) ??
    numOrNull(sm?.start_time) ??
    (firstEvent ? parseLocalIso(firstEvent, tz) : null) ??
    (files.metadata?.timestamp ? parseLocalIso(files.metadata.timestamp, tz) : null);
  const terminal = state !== "running" && state !== "interrupted";
  const endTime = numOrNull(sm?.end_time) ?? (terminal ? numOrNull(meta?.last_updated) : null);
  const elapsed = numOrNull(meta?.elapsed_seconds);
  const span = startTime !== null && endTime !== null ? Math.round((endTime - startTime) * 1000) / 1000 : null;
  return { startTime, endTime, durationSeconds: elapsed ?? span };
}

function roundsByOutcome(files: RunFiles): Record<string, number> | null {
  const raw = files.status?.rounds?.by_outcome ?? files.metricsSummary?.rounds?.by_outcome;
  if (!raw) return null;
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, number] => typeof e[1] === "number"));
}
