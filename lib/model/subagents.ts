import { numOrNull } from "./agents";
import type { RunFiles } from "./run-files";
import type { AttemptModel, RunSource, SubagentModel } from "./types";

/**
 * Subagents (FORMAT.md §3.10) belong to their parent attempt: each child RUN
 * (`subagents/<id>/full_logs`) is modelled like any attempt and its cost rolls
 * into the parent's subagent cost. metrics_summary.json `subagents` (the
 * parent's own record, read in summary mode too) fills cost and task, and
 * names subagents whose copy is missing.
 */
export function buildSubagents(src: RunSource, files: RunFiles, build: (s: RunSource) => AttemptModel): SubagentModel[] {
  const recorded = files.metricsSummary?.subagents?.subagents ?? [];
  const byId = new Map(recorded.flatMap((r) => (r.subagent_id ? [[r.subagent_id, r] as const] : [])));
  const out: SubagentModel[] = (src.subagents ?? []).map(({ id, source }) => {
    const model = source ? build(source) : null;
    const rec = byId.get(id);
    return {
      id,
      model,
      costUsd: model?.costUsd ?? numOrNull(rec?.estimated_cost),
      task: rec?.task ?? model?.question ?? null,
    };
  });
  for (const [id, rec] of byId) {
    if (!out.some((s) => s.id === id)) out.push({ id, model: null, costUsd: numOrNull(rec.estimated_cost), task: rec.task ?? null });
  }
  return out;
}
