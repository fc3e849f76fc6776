import type { CoordinationEvent } from "@/lib/schemas/coordination-events";
import type { Vote } from "./types";

/**
 * Ignored votes (cast while a restart was pending; MassGen does not count them,
 * FORMAT.md §3.1.5). Coordination events say only that a vote was ignored;
 * the target and full reason survive only in the agent's display transcript
 * (agent_outputs/<agent>.txt, §4.5):
 *   `🔄 Vote for [agent_a] ignored (reason: …) - restarting due to new answers`
 */

/** Before v0.1.33 the tracker had no mapping for VOTE_IGNORED and logged an error instead. */
export function isOldIgnoredVote(e: CoordinationEvent): boolean {
  return e.event_type === "agent_error" && (e.details ?? "").includes("VOTE_IGNORED");
}

const LINE = /Vote for \[([^\]]*)\] ignored \(reason: ([\s\S]*?)\) - restarting due to new answers/g;

export function ignoredInOutput(text: string): { target: string; reason: string }[] {
  return [...text.matchAll(LINE)].map((m) => ({ target: m[1] ?? "", reason: m[2] ?? "" }));
}

/** k-th ignored vote of an agent ↔ k-th "ignored" line of its transcript. Mutates `votes` in place. */
export function fillIgnoredFromOutputs(votes: Vote[], outputs: Record<string, string>): void {
  const lines: Record<string, { target: string; reason: string }[]> = {};
  const seen: Record<string, number> = {};
  for (const [i, v] of votes.entries()) {
    if (!v.ignored) continue;
    const text = outputs[v.voterId];
    if (text === undefined) continue;
    const mine = (lines[v.voterId] ??= ignoredInOutput(text));
    const k = (seen[v.voterId] = (seen[v.voterId] ?? 0) + 1);
    const hit = mine[k - 1];
    if (hit) votes[i] = { ...v, targetAgentId: v.targetAgentId ?? (hit.target || null), reason: hit.reason, reasonKnown: true };
  }
}
