import type { AttemptModel, EnforcementEvent, RoundUsage, Vote } from "@/lib/model/types";
import { acceptedVotes, restartCount } from "./facts";
import { type CallGroup, groupCalls, isWorkflowTool, traceToolCalls, type TraceToolCall } from "./tool-calls";
import type { ReportInput } from "./types";

/**
 * What the sections, the executive summary and the recommendation rules all
 * look at, computed once per report.
 */

/** Tool output above this many characters is "excessive" (≈2,500 tokens fed back into the context). */
export const LARGE_OUTPUT_CHARS = 10_000;

export interface ToolOutput {
  agentId: string;
  tool: string;
  chars: number;
  round: number | null;
  /** the command, when a trace recorded it */
  command: string | null;
  /** where the number comes from: "metrics_events.json" or a trace file */
  source: string;
}

export interface FailedTool {
  agentId: string;
  tool: string;
  round: number | null;
  message: string;
  source: string;
}

export interface AgentRound {
  agentId: string;
  round: RoundUsage;
}

export interface Findings {
  input: ReportInput;
  m: AttemptModel;
  votes: Vote[];
  ignoredVotes: Vote[];
  restarts: number | null;
  /** null when no trace was read */
  calls: TraceToolCall[] | null;
  duplicates: CallGroup[];
  nearDuplicates: CallGroup[];
  outputs: ToolOutput[];
  failedTools: FailedTool[];
  enforcement: { agentId: string; event: EnforcementEvent }[];
  rounds: AgentRound[];
}

export function buildFindings(input: ReportInput): Findings {
  const m = input.model;
  const ids = m.agents.map((a) => a.id);
  const calls = input.traces && input.traces.length ? traceToolCalls(input.traces, ids) : null;
  const identical = calls ? groupCalls(calls, "key").filter((g) => g.calls.length > 1) : [];
  const near = calls ? groupCalls(calls, "nearKey").filter((g) => g.variants > 1) : [];
  return {
    input,
    m,
    votes: acceptedVotes(m),
    ignoredVotes: m.votes.filter((v) => v.ignored),
    restarts: restartCount(m),
    calls,
    duplicates: identical,
    nearDuplicates: near,
    outputs: toolOutputs(input, calls),
    failedTools: failedTools(input, calls),
    enforcement: m.agents.flatMap((a) => (a.enforcement?.events ?? []).map((event) => ({ agentId: a.id, event }))),
    rounds: m.agents.flatMap((a) => (a.rounds ?? []).map((round) => ({ agentId: a.id, round }))),
  };
}

/** metrics_events.json has exact sizes of every call; traces are the fallback (and name the command). */
function toolOutputs(input: ReportInput, calls: TraceToolCall[] | null): ToolOutput[] {
  const execs = input.toolExecutions;
  const out: ToolOutput[] = execs
    ? execs.flatMap((e) =>
        typeof e.output_chars === "number" && e.tool_name && !isWorkflowTool(e.tool_name)
          ? [{ agentId: e.agent_id ?? "?", tool: e.tool_name, chars: e.output_chars, round: e.round_number ?? null, command: null, source: "metrics_events.json" }]
          : [],
      )
    : (calls ?? []).flatMap((c) =>
        c.resultChars === null ? [] : [{ agentId: c.agentId, tool: c.tool, chars: c.resultChars, round: null, command: c.command, source: c.file }],
      );
  return out.sort((a, b) => b.chars - a.chars);
}

function failedTools(input: ReportInput, calls: TraceToolCall[] | null): FailedTool[] {
  if (input.toolExecutions) {
    return input.toolExecutions
      .filter((e) => e.success === false)
      .map((e) => ({ agentId: e.agent_id ?? "?", tool: e.tool_name ?? "?", round: e.round_number ?? null, message: e.error_message ?? "", source: "metrics_events.json" }));
  }
  return (calls ?? [])
    .filter((c) => c.failed)
    .map((c) => ({ agentId: c.agentId, tool: c.tool, round: null, message: c.command, source: c.file }));
}
