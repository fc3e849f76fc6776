/**
 * Answers panel view model (issue 3 "Answers"): every answer of every agent in
 * time order, each tied to the same agent's previous answer (for the diff),
 * plus the winner's final answer with its workspace file names.
 * Pure: (AttemptModel, workspace listing) → props.
 */
import type { AttemptModel, RunState } from "@/lib/model/types";
import { type AgentColor, agentColor, agentColorMap } from "./agent-colors";
import { prepareFinalAnswer, type FinalAnswerView } from "./answers-final";
import { formatDuration, formatLocalDateTime } from "./format";

export type { FinalAnswerView } from "./answers-final";

export interface AnswerItemView {
  /** unique within the run (labels can repeat in a damaged log) */
  key: string;
  label: string;
  agentId: string;
  color: AgentColor;
  /** k in agentN.k */
  index: number;
  /** local wall-clock time with seconds; null when not recorded */
  time: string | null;
  /** offset from the run start, e.g. "+1m 05s"; null when either time is unknown */
  offset: string | null;
  /** RUN-relative snapshot dir, for the context route; null when no dir matched */
  snapshotDir: string | null;
  /** null when the answer text was not recorded or not loaded */
  text: string | null;
  /** the same agent's previous answer (what the diff compares against) */
  previousKey: string | null;
  previousLabel: string | null;
}

export interface AnswersAgentView {
  id: string;
  color: AgentColor;
  count: number;
}

export interface AnswersView {
  items: AnswerItemView[];
  agents: AnswersAgentView[];
  final: FinalAnswerView | null;
  state: RunState;
  /** set when there is no answer at all: why, in words (never a blank panel) */
  empty: { title: string; detail: string } | null;
}

export interface PrepareAnswersOptions {
  /** RunSource.workspaceListing (names in `<agent>/<ts>/workspace/` and `final/<agent>/workspace/`) */
  workspaceListing?: Record<string, string[]>;
}

export function prepareAnswers(model: AttemptModel, opts: PrepareAnswersOptions = {}): AnswersView {
  // Same id set as the run page so an agent keeps its colour across panels.
  const colors = agentColorMap(model.agents.map((a) => a.id));
  const colorOf = (id: string) => colors[id] ?? agentColor(id);
  const lastByAgent = new Map<string, AnswerItemView>();
  const items = model.answers.map((a, i) => {
    const prev = lastByAgent.get(a.agentId) ?? null;
    const item: AnswerItemView = {
      key: `${i}:${a.label}`,
      label: a.label || `${a.agentId} #${a.index}`,
      agentId: a.agentId,
      color: colorOf(a.agentId),
      index: a.index,
      time: formatLocalDateTime(a.timestamp),
      offset: runOffset(model.startTime, a.timestamp),
      snapshotDir: a.snapshotDir,
      text: a.text,
      previousKey: prev?.key ?? null,
      previousLabel: prev?.label ?? null,
    };
    lastByAgent.set(a.agentId, item);
    return item;
  });
  const final = prepareFinalAnswer(model, colorOf, opts.workspaceListing);
  return {
    items,
    agents: answerAgents(model, items, colorOf),
    final,
    state: model.state,
    empty: items.length || final ? null : emptyReason(model.state),
  };
}

/** Only the answers of one agent (null = all), order kept. */
export function filterAnswers(items: readonly AnswerItemView[], agentId: string | null): AnswerItemView[] {
  return agentId === null ? [...items] : items.filter((a) => a.agentId === agentId);
}

/** Agents in roster order, then any agent seen only in answers; each with its answer count. */
function answerAgents(model: AttemptModel, items: AnswerItemView[], colorOf: (id: string) => AgentColor): AnswersAgentView[] {
  const ids = [...new Set([...model.agents.map((a) => a.id), ...items.map((a) => a.agentId)])];
  return ids.map((id) => ({ id, color: colorOf(id), count: items.filter((a) => a.agentId === id).length }));
}

function runOffset(start: number | null, at: number | null): string | null {
  if (start === null || at === null || at < start) return null;
  const d = formatDuration(at - start);
  return d === null ? null : `+${d}`;
}

function emptyReason(state: RunState): { title: string; detail: string } {
  switch (state) {
    case "running":
      return { title: "No answers yet", detail: "The agents are still working; answers appear here as each agent submits one." };
    case "interrupted":
      return { title: "No answers recorded", detail: "The run stopped before any agent submitted an answer." };
    case "error":
    case "timeout":
      return { title: "No answers recorded", detail: `The run ended (${state}) before any agent submitted an answer.` };
    default:
      return {
        title: "No answers recorded",
        detail: "No answer snapshot (<agent>/<timestamp>/answer.txt) or answer event was found for this attempt.",
      };
  }
}
