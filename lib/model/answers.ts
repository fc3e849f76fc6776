import { parseLocalIso, parseSnapshotTs } from "@/lib/parse/timestamps";
import { numOrNull, str } from "./agents";
import { expandStatusCounts, snapshotsByAgent, type RunFiles } from "./run-files";
import type { Answer } from "./types";

/**
 * Every answer of the attempt (revisions included) in time order.
 * Sources: coordination_events.json `new_answer` → events.jsonl
 * `answer_submitted` → the `<agent>/<ts>/answer.txt` snapshot dirs (labelled
 * via snapshot_mappings.json) → status.json answer counts (labels only).
 * Each answer is then tied to its snapshot dir (k-th answer of an agent ↔ its
 * k-th answer dir, FORMAT.md §1.6) to get the text when it was loaded.
 */
export function buildAnswers(files: RunFiles, prefixes: Record<string, string>, tz?: number): Answer[] {
  const base = uniqueLabels(fromCoordination(files) ?? fromEvents(files, tz) ?? fromSnapshots(files, prefixes, tz) ?? fromStatus(files, prefixes));
  const dirsByAgent = snapshotsByAgent(files, "answer");
  const mappedDir = new Map<string, string>();
  for (const m of Object.values(files.mappings ?? {})) {
    if (m.type === "answer" && m.label && m.path) mappedDir.set(m.label, m.path.replace(/\/answer\.txt$/, ""));
  }
  const byDir = new Map(files.snapshots.map((s) => [s.dir, s]));
  const seen: Record<string, number> = {};
  return base.map((a) => {
    const k = (seen[a.agentId] = (seen[a.agentId] ?? 0) + 1);
    const byLabel = mappedDir.get(a.label);
    const dir = (byLabel === undefined ? undefined : byDir.get(byLabel)) ?? dirsByAgent.get(a.agentId)?.[k - 1] ?? null;
    return {
      ...a,
      index: labelIndex(a.label) ?? k,
      timestamp: a.timestamp ?? (dir ? parseSnapshotTs(dir.ts, tz) : null),
      snapshotDir: dir?.dir ?? null,
      text: dir?.answerText ?? null,
    };
  });
}

type Base = Pick<Answer, "label" | "agentId" | "timestamp">;

/**
 * A label names one answer (votes, tallies and views key on it), but a damaged
 * or re-appended events file can repeat a record: keep the first answer of a
 * label (found by the issue-8 fuzz test: events.jsonl with a duplicated span).
 */
function uniqueLabels(base: Base[]): Base[] {
  const seen = new Set<string>();
  return base.filter((a) => a.label === "" || (!seen.has(a.label) && seen.add(a.label) !== undefined));
}

function fromCoordination(files: RunFiles): Base[] | null {
  if (!files.coordination?.events) return null;
  return files.coordination.events
    .filter((e) => e.event_type === "new_answer" && e.agent_id)
    .map((e) => ({
      agentId: e.agent_id ?? "",
      label: str(e.context?.["label"]) ?? /answer (\S+)/.exec(e.details ?? "")?.[1] ?? "",
      timestamp: numOrNull(e.timestamp),
    }));
}

function fromEvents(files: RunFiles, tz?: number): Base[] | null {
  if (!files.events) return null;
  return files.events
    .filter((e) => e.event_type === "answer_submitted" && e.agent_id)
    .map((e) => ({
      agentId: e.agent_id ?? "",
      label: str(e.data?.["answer_label"]) ?? "",
      timestamp: e.timestamp ? parseLocalIso(e.timestamp, tz) : null,
    }));
}

function fromSnapshots(files: RunFiles, prefixes: Record<string, string>, tz?: number): Base[] | null {
  const dirs = files.snapshots.filter((s) => s.kind === "answer");
  if (!dirs.length) return null;
  const labelOf = new Map<string, string>();
  for (const m of Object.values(files.mappings ?? {})) if (m.type === "answer" && m.path && m.label) labelOf.set(m.path, m.label);
  const seen: Record<string, number> = {};
  return dirs.map((d) => {
    const k = (seen[d.agentId] = (seen[d.agentId] ?? 0) + 1);
    const label = labelOf.get(`${d.dir}/answer.txt`) ?? `${prefixes[d.agentId] ?? d.agentId}.${k}`;
    return { agentId: d.agentId, label, timestamp: parseSnapshotTs(d.ts, tz) };
  });
}

/**
 * status.json answer counts, labels only: an index row of a run with status.json
 * (RunFiles.leanRow), or a live run before its first snapshot dir.
 */
function fromStatus(files: RunFiles, prefixes: Record<string, string>): Base[] {
  const agents = Object.entries(files.status?.agents ?? {});
  const prefixOf = new Map(agents.map(([id, a]) => [id, /^(agent\d+)\./.exec(a.latest_answer_label ?? "")?.[1] ?? prefixes[id] ?? id]));
  const counts = agents.map(([id, a]): [string, unknown] => [id, a.answer_count]);
  return expandStatusCounts(files, counts, "answers", (agentId, i) => ({ agentId, label: `${prefixOf.get(agentId)}.${i + 1}`, timestamp: null }));
}

function labelIndex(label: string): number | null {
  const m = /\.(\d+)$/.exec(label);
  return m ? Number(m[1]) : null;
}
