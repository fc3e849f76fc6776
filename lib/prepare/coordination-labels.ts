import type { AttemptModel } from "@/lib/model/types";

/** agentN.k → the agent with prefix agentN (numbering rules differ by version, §2: trust the model's prefixes). */
export function labelAgentLookup(m: AttemptModel): (label: string | null) => string | null {
  const byLabel = new Map(m.answers.map((a) => [a.label, a.agentId]));
  const byPrefix = new Map(m.agents.flatMap((a) => (a.labelPrefix ? [[a.labelPrefix, a.id] as const] : [])));
  return (label) => {
    if (!label) return null;
    return byLabel.get(label) ?? byPrefix.get(label.split(".")[0] ?? "") ?? null;
  };
}
