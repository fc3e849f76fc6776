import type { RunFiles } from "./run-files";
import type { Generation, RunSource } from "./types";

/** "0.1.12" → [0,1,12]; null when it is not a version string. */
export function parseVersion(v: string | null): number[] | null {
  if (!v) return null;
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : null;
}

/** true/false when the version is known, null when it is not. */
export function versionAtLeast(v: string | null, min: string): boolean | null {
  const a = parseVersion(v);
  const b = parseVersion(min);
  if (!a || !b) return null;
  for (let i = 0; i < 3; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** massgen_version from execution_metadata.yaml [≥v0.1.0] (FORMAT.md §3.8); yaml may hand back a number. */
export function massgenVersion(files: RunFiles): string | null {
  const v = files.metadata?.massgen_version;
  return v === null || v === undefined ? null : String(v);
}

/**
 * Layout generation (FORMAT.md §1.3): the version decides when known, else the
 * layout (dir kind plus which files exist). G1/G2 cannot be told apart without
 * a version (both flat, neither writes execution_metadata.yaml): we say G1.
 */
export function detectGeneration(src: RunSource, files: RunFiles, version: string | null): Generation {
  if (isG0(src)) return "G0";
  const at = (min: string) => versionAtLeast(version, min);
  if (at("0.0.1") !== null) {
    if (!at("0.0.13")) return "G0";
    if (!at("0.0.25")) return "G1";
    if (!at("0.1.0")) return "G2";
    if (!at("0.1.9")) return "G3";
    if (!at("0.1.23")) return "G4";
    return "G5";
  }
  if (src.runDirKind === "attempt") return "G5";
  const hasMetadata = files.has("execution_metadata.yaml");
  if (src.runDirKind === "turn") return hasMetadata ? "G4" : "G2";
  return hasMetadata ? "G3" : "G1";
}

/** Only `agent_outputs/*.txt` (pre-v0.0.13 prototype, §9). */
function isG0(src: RunSource): boolean {
  return src.listing.length > 0 && src.listing.every((f) => f.startsWith("agent_outputs/"));
}
