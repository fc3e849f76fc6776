/**
 * Where an exported image came from (issue 7 "provenance footer"): log dir,
 * turn and attempt, MassGen version, run date. Pure; dates in UTC so the
 * server render and the browser agree, and a shared image means the same
 * everywhere.
 */
export interface Provenance {
  /** the attempt's path relative to its log root, e.g. log_…/turn_1/attempt_1 */
  logDir: string;
  turn: number | null;
  attempt: number | null;
  massgenVersion: string | null;
  /** unix seconds */
  startTime: number | null;
}

export function formatUtc(unixSeconds: number | null): string | null {
  if (unixSeconds === null || !Number.isFinite(unixSeconds)) return null;
  return `${new Date(unixSeconds * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** The footer's parts, in reading order; unknown facts are left out rather than shown as blanks. */
export function provenanceParts(p: Provenance): string[] {
  const where = [p.turn !== null ? `turn ${p.turn}` : null, p.attempt !== null ? `attempt ${p.attempt}` : null].filter(Boolean).join(" · ");
  const date = formatUtc(p.startTime);
  return [p.logDir, where, p.massgenVersion ? `MassGen ${p.massgenVersion}` : "MassGen version not recorded", date ? `run ${date}` : null].filter(
    (s): s is string => Boolean(s),
  );
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}

/** e.g. log_20251225_204406_076604-t1-a1-votes.png */
export function exportFileName(p: Provenance | null, panel: string, ext: string): string {
  const log = p ? (p.logDir.split("/").find((s) => s.startsWith("log_")) ?? p.logDir.split("/")[0] ?? "") : "";
  const turn = p && p.turn !== null ? `t${p.turn}` : "";
  const attempt = p && p.attempt !== null ? `a${p.attempt}` : "";
  const parts = [slug(log), turn, attempt, slug(panel)].filter(Boolean);
  return `${parts.join("-") || "massgen-dash"}.${ext}`;
}

/** The attempt facts a footer needs, from the run model. */
export function provenanceOf(m: { relPath: string; turn: number | null; attempt: number | null; massgenVersion: string | null; startTime: number | null }): Provenance {
  return { logDir: m.relPath, turn: m.turn, attempt: m.attempt, massgenVersion: m.massgenVersion, startTime: m.startTime };
}
