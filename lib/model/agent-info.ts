import { configAgents, numOrNull } from "./agents";
import type { RunFiles } from "./run-files";
import type { AgentInfo, Answer, Stop, Vote } from "./types";
import { agentUsage } from "./usage";

/** One AgentInfo per agent id (config order), joining config, status.json and the derived lists. */
export function agentInfos(
  files: RunFiles,
  ids: string[],
  prefixes: Record<string, string>,
  lists: { answers: Answer[]; votes: Vote[]; stops: Stop[] },
): AgentInfo[] {
  const config = new Map(configAgents(files).map((a) => [a.id, a]));
  return ids.map((id) => {
    const st = files.status?.agents?.[id];
    const cast = st?.vote_cast;
    return {
      id,
      labelPrefix: prefixes[id] ?? null,
      model: config.get(id)?.model ?? null,
      backend: config.get(id)?.backend ?? null,
      status: agentStatus(id, st?.status ?? null, lists),
      answerCount: lists.answers.filter((a) => a.agentId === id).length,
      ...agentUsage(files, id),
      error: st?.error ? { type: st.error.type ?? "error", message: st.error.message ?? "", timestamp: numOrNull(st.error.timestamp) } : null,
      firstVote: cast ? { targetAgentId: cast.voted_for_agent ?? null, targetLabel: cast.voted_for_label ?? null, reasonPreview: cast.reason_preview ?? null } : null,
      round: numOrNull(st?.times_restarted),
    };
  });
}

/**
 * status.json's own derivation when present (§3.1.4), except that a decomposition
 * stop is recorded there as "voted" and is reported as "stopped" (§3.4.2).
 * Without status.json the same rule on what the run shows: voted → stopped → answered.
 */
function agentStatus(id: string, status: string | null, lists: { answers: Answer[]; votes: Vote[]; stops: Stop[] }): string | null {
  const stopped = lists.stops.some((s) => s.agentId === id);
  if (status) return status === "voted" && stopped ? "stopped" : status;
  if (lists.votes.some((v) => v.voterId === id && !v.ignored)) return "voted";
  if (stopped) return "stopped";
  if (lists.answers.some((a) => a.agentId === id)) return "answered";
  return null;
}
