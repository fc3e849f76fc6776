import "server-only";
import { createHash } from "node:crypto";
import { lstat, open, stat } from "node:fs/promises";
import path from "node:path";
import { generateReport } from "@/lib/report/generate-report";
import { type DiscoveredTurn, discoverLog } from "./discover";
import { httpError } from "./http-errors";
import { type GatherOptions, gatherReportInput } from "./report-input";
import { writeReportAtomically } from "./report-write";
import { resolveInsideRoot } from "./safe-path";

/**
 * Preview and save `ANALYSIS_REPORT.md` for one turn (issue 6). The file
 * lives in the turn dir, where `massgen logs list` looks (FORMAT.md §7); for
 * flat G1–G3 logs without a turn dir, in the log dir itself
 * (docs/decisions/report-location.md).
 */

export const REPORT_NAME = "ANALYSIS_REPORT.md";
const EXISTING_CAP = 4 * 1024 * 1024;

export interface ExistingReport {
  content: string;
  /** an empty report means "analysis in progress or failed" (FORMAT.md §5.1) */
  empty: boolean;
  sha256: string;
}

export interface ReportPreview {
  markdown: string;
  /** root-relative path of the report file */
  reportPath: string;
  exists: boolean;
  existing: ExistingReport | null;
}

export interface SaveOptions extends GatherOptions {
  overwrite: boolean;
  /** sha256 of the report the user saw (regenerate-with-diff); the save is refused if the file changed since */
  expectedSha256?: string | null;
}

export interface SaveResult {
  reportPath: string;
  replaced: boolean;
  markdown: string;
}

export async function previewReport(root: string, logRelPath: string, turn: number | null, opts: GatherOptions = {}): Promise<ReportPreview> {
  const target = await locateTurn(root, logRelPath, turn);
  const markdown = generateReport(await gatherReportInput(root, target.turn, opts));
  const existing = await readExisting(root, target);
  return { markdown, reportPath: target.reportRel, exists: existing !== null, existing };
}

export async function saveReport(root: string, logRelPath: string, turn: number | null, opts: SaveOptions): Promise<SaveResult> {
  const target = await locateTurn(root, logRelPath, turn);
  const existing = await readExisting(root, target);
  if (existing && !opts.overwrite) throw httpError("conflict", `${target.reportRel} already exists${existing.empty ? " (empty: an analysis may be in progress)" : ""}; pass overwrite to replace it`);
  if (opts.expectedSha256 !== undefined && (existing?.sha256 ?? null) !== opts.expectedSha256) {
    throw httpError("conflict", `${target.reportRel} changed since it was previewed; preview again`);
  }
  const markdown = generateReport(await gatherReportInput(root, target.turn, opts));
  const { replaced } = await writeReportAtomically(target.dirReal, REPORT_NAME, markdown, opts.overwrite);
  return { reportPath: target.reportRel, replaced, markdown };
}

interface TurnTarget {
  turn: DiscoveredTurn;
  dirReal: string;
  reportRel: string;
}

/** The turn's dir, by realpath containment inside the root; the log must be a direct child of the root. */
export async function locateTurn(root: string, logRelPath: string, turn: number | null): Promise<TurnTarget> {
  const logName = logRelPath.replace(/\/+$/, "");
  if (!/^[^/\\]+$/.test(logName) || logName === "." || logName === "..") throw httpError("bad_request", "invalid log path");
  if (turn !== null && (!Number.isInteger(turn) || turn < 0)) throw httpError("bad_request", "invalid turn number");
  const dirRel = turn === null ? logName : `${logName}/turn_${turn}`;
  const dirReal = await resolveInsideRoot(root, dirRel);
  if (!dirReal || !(await stat(dirReal).then((s) => s.isDirectory(), () => false))) throw httpError("not_found", `no such turn directory: ${dirRel}`);
  const log = await discoverLog(root, logName);
  const found = log?.turns.find((t) => t.turn === turn);
  if (!found) {
    const available = log?.turns.map((t) => (t.turn === null ? "(flat run)" : `turn_${t.turn}`)).join(", ");
    throw httpError("not_found", `${dirRel} holds no MassGen run${available ? ` (available: ${available})` : ""}`);
  }
  return { turn: found, dirReal, reportRel: path.posix.join(dirRel, REPORT_NAME) };
}

/**
 * The current report, if any. A symlink leaving the root is never read (its
 * content is not shown), but it still counts as existing.
 */
async function readExisting(root: string, target: TurnTarget): Promise<ExistingReport | null> {
  const present = await lstat(path.join(target.dirReal, REPORT_NAME)).then(() => true, () => false);
  if (!present) return null;
  const file = await resolveInsideRoot(root, target.reportRel);
  const fh = file ? await open(file, "r").catch(() => null) : null;
  if (!fh) return { content: "", empty: false, sha256: "" };
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { content: "", empty: false, sha256: "" };
    const buf = Buffer.alloc(Math.min(st.size, EXISTING_CAP));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const content = buf.subarray(0, bytesRead).toString("utf8");
    return { content, empty: st.size === 0, sha256: createHash("sha256").update(buf.subarray(0, bytesRead)).digest("hex") };
  } finally {
    await fh.close();
  }
}
