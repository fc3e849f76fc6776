import { versionAtLeast } from "./generation";
import type { RunFiles } from "./run-files";
import type { Generation } from "./types";

/**
 * Agent ids in config order, their answer-label prefixes and models.
 * Sources in priority order: coordination_events.json → status.json →
 * execution_metadata.yaml → metrics_summary.json → snapshot dirs.
 */

export function agentIds(files: RunFiles): string[] {
  const fromCoordination = files.coordination?.session_metadata?.agent_ids;
  if (fromCoordination?.length) return [...fromCoordination];
  const fromStatus = Object.keys(files.status?.agents ?? {});
  if (fromStatus.length) return fromStatus;
  const fromConfig = configAgents(files).map((a) => a.id);
  if (fromConfig.length) return fromConfig;
  const fromMetrics = Object.keys(files.metricsSummary?.agents ?? {});
  if (fromMetrics.length) return fromMetrics;
  // listing order is sorted, so this loses config order; nothing better is on disk
  return [...new Set([...files.snapshots.map((s) => s.agentId), ...files.finals.map((f) => f.agentId)])];
}

/** `agents[]` of the config in execution_metadata.yaml (§3.8): id, backend type and model. */
export function configAgents(files: RunFiles): { id: string; backend: string | null; model: string | null }[] {
  const agents = files.metadata?.config?.["agents"];
  if (!Array.isArray(agents)) return [];
  return agents.flatMap((a: unknown) => {
    if (!isRecord(a) || typeof a["id"] !== "string") return [];
    const backend = isRecord(a["backend"]) ? a["backend"] : {};
    return [{ id: a["id"], backend: str(backend["type"]), model: str(backend["model"]) }];
  });
}

/**
 * Label prefix ("agent2") per agent. Labels actually seen in the files win;
 * otherwise the numbering rule of the version (FORMAT.md §2): sorted agent id
 * [≥v0.1.37], config order before (unknown version: G5 → sorted, older → config).
 */
export function labelPrefixes(files: RunFiles, ids: string[], version: string | null, gen: Generation): Record<string, string> {
  const sorted = versionAtLeast(version, "0.1.37") ?? gen === "G5";
  const order = sorted ? [...ids].sort() : ids;
  const out: Record<string, string> = {};
  order.forEach((id, i) => (out[id] = `agent${i + 1}`));
  for (const [id, label] of seenLabels(files)) {
    const prefix = /^(agent\d+)\./.exec(label)?.[1];
    if (prefix) out[id] = prefix;
  }
  return out;
}

function seenLabels(files: RunFiles): [string, string][] {
  const seen: [string, string][] = [];
  for (const e of files.coordination?.events ?? []) {
    const label = e.context?.["label"];
    if (e.event_type === "new_answer" && e.agent_id && typeof label === "string") seen.push([e.agent_id, label]);
  }
  for (const m of Object.values(files.mappings ?? {})) {
    if (m.type === "answer" && m.agent_id && m.label) seen.push([m.agent_id, m.label]);
  }
  for (const [id, a] of Object.entries(files.status?.agents ?? {})) {
    if (a.latest_answer_label) seen.push([id, a.latest_answer_label]);
  }
  return seen;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

/**
 * A usable number, else null. Magnitudes past 2^53 are refused too: no MassGen
 * count, cost, duration or timestamp gets there, and a damaged file's 1e308
 * would overflow to Infinity/NaN in the sums and differences the views take.
 */
export function numOrNull(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= Number.MAX_SAFE_INTEGER ? v : null;
}
