import { parseLocalIso, parseSnapshotTs } from "@/lib/parse/timestamps";
import type { CoordinationEvent } from "@/lib/schemas/coordination-events";
import { numOrNull, str } from "./agents";
import { fillIgnoredFromOutputs, isOldIgnoredVote } from "./ignored-votes";
import { expandStatusCounts, snapshotsByAgent, type RunFiles, type SnapshotDir } from "./run-files";
import type { Answer, Stop, Vote } from "./types";

/**
 * Votes (accepted and ignored, in time order) and decomposition stops.
 * Sources: coordination_events.json → events.jsonl → `<agent>/<ts>/vote.json`
 * snapshot dirs (+ snapshot_mappings.json), or for an index row of a run with
 * status.json, its `results.votes` tally. Only coordination events record
 * ignored votes (FORMAT.md §3.4.2 `vote_ignored`; before v0.1.33 an
 * `agent_error` "Unsupported ActionType: ActionType.VOTE_IGNORED"). A stop is
 * never a vote (§3.6).
 */
export function buildVotes(files: RunFiles, answers: Answer[], tz?: number): { votes: Vote[]; stops: Stop[] } {
  const base = fromCoordination(files) ?? fromEvents(files, tz) ?? { votes: files.leanRow ? fromStatus(files) : fromSnapshots(files, tz), stops: [] };
  const dirs = snapshotsByAgent(files, "vote");
  const byDir = new Map(files.snapshots.map((s) => [s.dir, s]));
  const mapped = new Map<string, NonNullable<RunFiles["mappings"]>[string]>();
  for (const m of Object.values(files.mappings ?? {})) if (m.type === "vote" && m.path && !mapped.has(m.path)) mapped.set(m.path, m);
  const labelsBefore = answersByAgent(answers);
  const seen: Record<string, number> = {};
  const votes = base.votes.map((v) => {
    if (v.ignored) return v;
    const k = (seen[v.voterId] = (seen[v.voterId] ?? 0) + 1);
    const dir = v.snapshotDir ? byDir.get(v.snapshotDir) : dirs.get(v.voterId)?.[k - 1];
    return deriveLabel(fillFromSnapshot(v, dir, mapped, tz), labelsBefore);
  });
  fillIgnoredFromOutputs(votes, files.agentOutputs);
  return { votes, stops: base.stops };
}

function vote(p: Partial<Vote> & Pick<Vote, "voterId">): Vote {
  const reason = p.reason ?? "";
  return {
    targetLabel: null,
    targetAgentId: null,
    timestamp: null,
    iteration: null,
    round: null,
    snapshotDir: null,
    ignored: false,
    ...p,
    reason,
    reasonKnown: p.reasonKnown ?? p.reason !== undefined,
  };
}

function fromCoordination(files: RunFiles): { votes: Vote[]; stops: Stop[] } | null {
  if (!files.coordination?.events) return null;
  const votes: Vote[] = [];
  const stops: Stop[] = [];
  for (const e of files.coordination.events) {
    const voterId = e.agent_id;
    if (!voterId) continue;
    const c = e.context ?? {};
    const at = { timestamp: numOrNull(e.timestamp), iteration: numOrNull(c.iteration), round: numOrNull(c.round) };
    if (e.event_type === "vote_cast") {
      const reason = str(c["reason"]);
      votes.push(vote({ voterId, ...at, targetAgentId: str(c["voted_for"]), targetLabel: str(c["voted_for_label"]), ...(reason !== null ? { reason } : {}) }));
    } else if (e.event_type === "vote_ignored" || isOldIgnoredVote(e)) {
      votes.push(vote({ voterId, ...at, ignored: true, targetAgentId: ignoredTarget(e) }));
    } else if (e.event_type === "agent_stopped") {
      stops.push({ agentId: voterId, summary: str(c["summary"]) ?? e.details ?? "", status: str(c["status"]), timestamp: at.timestamp, round: at.round });
    }
  }
  return { votes, stops };
}

/** `VOTE_IGNORED: Voted for agent_b but ignored due to restart` (§3.4.2) */
function ignoredTarget(e: CoordinationEvent): string | null {
  return /Voted for (\S+) but ignored/.exec(e.details ?? "")?.[1] ?? null;
}

function fromEvents(files: RunFiles, tz?: number): { votes: Vote[]; stops: Stop[] } | null {
  if (!files.events) return null;
  const votes: Vote[] = [];
  const stops: Stop[] = [];
  for (const e of files.events) {
    if (!e.agent_id) continue;
    const d = e.data ?? {};
    const timestamp = e.timestamp ? parseLocalIso(e.timestamp, tz) : null;
    const round = numOrNull(e.round_number);
    if (e.event_type === "vote") {
      const reason = str(d["reason"]);
      votes.push(vote({ voterId: e.agent_id, timestamp, round, targetAgentId: str(d["target_id"]), targetLabel: str(d["voted_for_label"]), ...(reason !== null ? { reason } : {}) }));
    } else if (e.event_type === "agent_stopped") {
      stops.push({ agentId: e.agent_id, summary: str(d["summary"]) ?? "", status: str(d["status"]), timestamp, round });
    }
  }
  return { votes, stops };
}

function fromSnapshots(files: RunFiles, tz?: number): Vote[] {
  return files.snapshots
    .filter((s) => s.kind === "vote")
    .map((s) => vote({ voterId: s.agentId, snapshotDir: s.dir, timestamp: parseSnapshotTs(s.ts, tz) }));
}

/** An index row of a run with status.json: MassGen's own tally, `results.votes` (label → accepted votes, §3.1.5); voters are not recorded there. */
function fromStatus(files: RunFiles): Vote[] {
  const counts = Object.entries(files.status?.results?.votes ?? {});
  return expandStatusCounts(files, counts, "votes", (targetLabel) => vote({ voterId: "", targetLabel }));
}

/** vote.json (§3.6) and its snapshot_mappings entry fill what the event did not say. */
function fillFromSnapshot(v: Vote, dir: SnapshotDir | undefined, mappedVotes: ReadonlyMap<string, NonNullable<RunFiles["mappings"]>[string]>, tz?: number): Vote {
  if (!dir) return v;
  const f = dir.vote;
  const mapped = mappedVotes.get(`${dir.dir}/vote.json`);
  const target = f?.voted_for && f.voted_for !== "unknown" ? f.voted_for : (mapped?.voted_for ?? null);
  const reasonKnown = v.reasonKnown || typeof f?.reason === "string";
  return {
    ...v,
    snapshotDir: dir.dir,
    targetAgentId: v.targetAgentId ?? target,
    targetLabel: v.targetLabel ?? f?.voted_for_label ?? mapped?.voted_for_label ?? null,
    reason: v.reasonKnown ? v.reason : (f?.reason ?? ""),
    reasonKnown,
    timestamp: v.timestamp ?? numOrNull(f?.unix_timestamp) ?? parseSnapshotTs(dir.ts, tz),
    iteration: v.iteration ?? numOrNull(f?.iteration) ?? numOrNull(mapped?.iteration),
    round: v.round ?? numOrNull(f?.coordination_round ?? f?.round) ?? numOrNull(mapped?.round),
  };
}

/** Timed answers per agent, in order (deriveLabel looks up one agent's, not all of them per vote). */
function answersByAgent(answers: Answer[]): Map<string, Answer[]> {
  const out = new Map<string, Answer[]>();
  for (const a of answers) {
    if (a.timestamp === null) continue;
    const list = out.get(a.agentId);
    if (list) list.push(a);
    else out.set(a.agentId, [a]);
  }
  return out;
}

/** Before v0.1.27 nothing records the label: it is the target's latest answer at vote time (§3.6). */
function deriveLabel(v: Vote, byAgent: ReadonlyMap<string, Answer[]>): Vote {
  if (v.targetLabel || !v.targetAgentId || v.timestamp === null) return v;
  const before = (byAgent.get(v.targetAgentId) ?? []).filter((a) => (a.timestamp ?? 0) <= (v.timestamp ?? 0));
  return { ...v, targetLabel: before[before.length - 1]?.label ?? null };
}
