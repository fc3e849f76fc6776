import type { AttemptModel } from "@/lib/model/types";

/**
 * Why a piece of data is absent, so a section can say so instead of
 * inventing content (issue 6). Version thresholds from FORMAT.md §0.2 tags.
 */
export type DataKind = "coordination" | "usage" | "rounds" | "tools" | "toolEvents" | "enforcement" | "traces" | "metadata";

const SINCE: Record<DataKind, { version: string; file: string }> = {
  coordination: { version: "0.0.19", file: "coordination_events.json" },
  usage: { version: "0.1.24", file: "status.json token_usage / metrics_summary.json" },
  rounds: { version: "0.1.24", file: "round_history (status.json / metrics_summary.json)" },
  tools: { version: "0.1.24", file: "tool metrics (status.json / metrics_summary.json)" },
  toolEvents: { version: "0.1.24", file: "metrics_events.json" },
  enforcement: { version: "0.1.38", file: "status.json reliability" },
  traces: { version: "0.1.37", file: "execution_trace.md" },
  metadata: { version: "0.1.0", file: "execution_metadata.yaml" },
};

/** Written only at the end of an attempt (FORMAT.md §5.1 write-mode table). */
const END_OF_RUN = new Set<DataKind>(["coordination", "toolEvents"]);

/** Newest MassGen version of each layout generation (FORMAT.md §1.3), for when the version string is unknown. */
const GENERATION_MAX: Record<string, string> = { G0: "0.0.12", G1: "0.0.24", G2: "0.0.32", G3: "0.1.8", G4: "0.1.22" };

export function versionAtLeast(version: string | null, min: string): boolean | null {
  if (!version) return null;
  const a = version.split(/[.+-]/).map((x) => Number.parseInt(x, 10));
  const b = min.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (Number.isNaN(x)) return null;
    if (x !== y) return x > y;
  }
  return true;
}

/** One sentence: what is missing and why (version, live run, or a missing/broken file). */
export function whyMissing(m: AttemptModel, kind: DataKind): string {
  const { version, file } = SINCE[kind];
  const recent = versionAtLeast(m.massgenVersion, version);
  if (recent === false) return `MassGen ${m.massgenVersion} does not record ${file} (added in v${version}).`;
  const genMax = GENERATION_MAX[m.generation];
  if (recent === null && genMax && versionAtLeast(genMax, version) === false) {
    return `this ${m.generation} layout predates ${file} (added in v${version}); the MassGen version is not recorded.`;
  }
  if (m.state === "running" && END_OF_RUN.has(kind)) return `the run is still running; MassGen writes ${file} only at the end of an attempt (FORMAT.md §5.1).`;
  if (m.state === "interrupted" && END_OF_RUN.has(kind)) return `the run was interrupted (${m.stateReason}) before MassGen wrote ${file}.`;
  const broken = m.parseIssues.filter((i) => file.split(/[ /()]+/).some((f) => f.includes(".") && i.file.endsWith(f)));
  if (broken.length) return `${file} could not be read (${broken[0]?.message ?? "parse error"}).`;
  if (m.state === "running" || m.state === "interrupted") return `${file} has no data yet (the run is ${m.state}).`;
  return `${file} is absent from this run directory.`;
}
