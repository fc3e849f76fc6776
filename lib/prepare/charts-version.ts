/**
 * "Did this run's MassGen record X?" for the charts and the timeline. When the
 * version is unknown (G1–G3 logs have no execution_metadata.yaml with it), the
 * layout generation bounds it (FORMAT.md §1.3), and the message names that range.
 */
import { versionAtLeast } from "@/lib/model/generation";
import type { AttemptModel, Generation } from "@/lib/model/types";

const GENERATION_RANGES: Record<Generation, string> = {
  G0: "before v0.0.13",
  G1: "v0.0.13–v0.0.24",
  G2: "v0.0.25–v0.0.x",
  G3: "v0.1.0–v0.1.8",
  G4: "v0.1.9–v0.1.22",
  G5: "v0.1.23+",
};

/** false when the run's version (or, lacking it, its layout) predates `since`; true otherwise. */
export function predates(model: Pick<AttemptModel, "massgenVersion" | "generation">, since: string): boolean {
  const atLeast = versionAtLeast(model.massgenVersion, since);
  return atLeast === false || (atLeast === null && model.generation !== "G5");
}

/** "MassGen v0.1.12", or "This G1 log (MassGen v0.0.13–v0.0.24)" when the version is unknown. */
export function versionPhrase(model: Pick<AttemptModel, "massgenVersion" | "generation">): string {
  if (model.massgenVersion) return `MassGen v${model.massgenVersion.replace(/^v/, "")}`;
  return `This ${model.generation} log (MassGen ${GENERATION_RANGES[model.generation]})`;
}
