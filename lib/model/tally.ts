import type { RunFiles } from "./run-files";
import type { Answer, Vote } from "./types";

/**
 * The tally that decided the winner: each agent's latest accepted vote that
 * was not wiped by a later restart. A new answer restarts the agents
 * (`restart_triggered.affected_agents`, FORMAT.md §3.4.2) and their earlier
 * votes no longer count; without coordination events every later answer is
 * taken to restart everyone. Unlike status.json `results.votes` (which
 * accumulates every vote of the attempt, §3.1.5) this never exceeds the
 * number of agents. Stops and ignored votes are not counted.
 */
export function finalRoundTally(votes: Vote[], answers: Answer[], files: RunFiles): Record<string, number> {
  const restarts = restartTimes(files, answers);
  const latest = new Map<string, Vote>();
  for (const v of votes) {
    if (v.ignored || v.timestamp === null) continue;
    const t = v.timestamp;
    const wiped = restarts.some((r) => r.at > t && (r.affected === null || r.affected.has(v.voterId)));
    if (wiped) latest.delete(v.voterId);
    else latest.set(v.voterId, v);
  }
  const tally: Record<string, number> = {};
  for (const v of latest.values()) {
    const key = v.targetLabel ?? v.targetAgentId;
    if (key) tally[key] = (tally[key] ?? 0) + 1;
  }
  return tally;
}

interface Restart {
  at: number;
  affected: Set<string> | null;
}

function restartTimes(files: RunFiles, answers: Answer[]): Restart[] {
  const events = files.coordination?.events;
  if (events) {
    return events
      .filter((e) => e.event_type === "restart_triggered" && typeof e.timestamp === "number")
      .map((e) => {
        const affected = e.context?.["affected_agents"];
        return { at: e.timestamp ?? 0, affected: Array.isArray(affected) ? new Set(affected.map(String)) : null };
      });
  }
  return answers.flatMap((a) => (a.timestamp === null ? [] : [{ at: a.timestamp, affected: null }]));
}
