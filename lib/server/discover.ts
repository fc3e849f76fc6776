import "server-only";
import { realpath } from "node:fs/promises";
import path from "node:path";
import type { RunDirKind } from "@/lib/model/types";
import { type DirEntry, mapLimit, NEVER_WALK } from "./dir-entries";
import { scanDirEntries, scanFileSize } from "./summary-entries";

/**
 * The single directory walker (STYLE.md layout): log dirs in a root, then RUN
 * dirs inside each log dir, found by content (FORMAT.md §1.3). It only ever
 * reads log → turn_N → attempt_M (depth ≤ 3) and never enters agent snapshot
 * dirs, workspace/, subagents/ or node_modules; run-source reads inside a RUN.
 */

export interface DiscoveredRun {
  relPath: string;
  absPath: string;
  runDirKind: RunDirKind;
  turn: number | null;
  attempt: number | null;
  /** a later attempt of the same turn exists (FORMAT.md §5.3 "superseded") */
  hasLaterAttempt: boolean;
}

export interface DiscoveredTurn {
  turn: number | null;
  /** ANALYSIS_REPORT.md in the turn dir or any of its attempt dirs (FORMAT.md §7) */
  analyzed: boolean;
  /** every report found is empty: analysis in progress or failed (FORMAT.md §5.1) */
  reportEmpty: boolean;
  runs: DiscoveredRun[];
}

export interface DiscoveredLog {
  name: string;
  root: string;
  absPath: string;
  /** G0 prototype dir: `agent_outputs/` only, no log_* name (FORMAT.md §1.3, §9) */
  g0: boolean;
  turns: DiscoveredTurn[];
}

const RUN_FILES = ["status.json", "coordination_events.json", "execution_metadata.yaml", "massgen.log", "massgen_debug.log", "events.jsonl"];
const RUN_DIRS = ["agent_outputs", "final"];
/**
 * Files only a coordination run itself writes. A dir holding turn_N/attempt_M
 * children is a RUN only with one of these: its massgen.log, execution_metadata.yaml
 * and final/ copy are turn-level (FORMAT.md §1.5, §1.7), not a separate run.
 */
const OWN_RUN_FILES = ["status.json", "coordination_events.json"];
const REPORT = "ANALYSIS_REPORT.md";
const TURN_RE = /^turn_([0-9]{1,6})$/;
const ATTEMPT_RE = /^attempt_([0-9]{1,6})$/;

function has(entries: DirEntry[], names: string[], dir: boolean): boolean {
  return entries.some((e) => names.includes(e.name) && (dir ? e.isDir : e.isFile));
}
function isRunByContent(entries: DirEntry[]): boolean {
  return has(entries, RUN_FILES, false) || has(entries, RUN_DIRS, true);
}
function numbered(entries: DirEntry[], re: RegExp): { n: number; name: string }[] {
  return entries
    .flatMap((e) => {
      const m = e.isDir ? re.exec(e.name) : null;
      return m ? [{ n: Number(m[1]), name: e.name }] : [];
    })
    .sort((a, b) => a.n - b.n);
}

/** Log dir candidates in a root: `log_*` dirs plus G0 dirs holding `agent_outputs/`. */
export async function listLogDirs(root: string): Promise<{ name: string; g0: boolean }[]> {
  const rootReal = await realpath(root);
  const entries = await scanDirEntries(rootReal, rootReal);
  const dirs = entries.filter((e) => e.isDir && !NEVER_WALK.has(e.name) && !e.name.startsWith("."));
  const out = await mapLimit(dirs, 16, async (e) => {
    if (e.name.startsWith("log_")) return { name: e.name, g0: false };
    const inner = await scanDirEntries(path.join(rootReal, e.name), rootReal);
    return has(inner, ["agent_outputs"], true) ? { name: e.name, g0: true } : null;
  });
  return out.filter((x) => x !== null);
}

/** RUN dirs of one log dir, grouped by turn, numerically sorted. Null when it holds no run. */
export async function discoverLog(root: string, name: string, rootRealKnown?: string): Promise<DiscoveredLog | null> {
  const rootReal = rootRealKnown ?? (await realpath(root));
  const absPath = path.join(rootReal, name);
  const entries = await scanDirEntries(absPath, rootReal);
  const g0 = !name.startsWith("log_") && has(entries, ["agent_outputs"], true);
  const ctx = { rootReal, logName: name };
  const turns: DiscoveredTurn[] = [];
  const turnDirs = numbered(entries, TURN_RE);
  const topLevel = await discoverGroup(ctx, name, entries, null, "log", turnDirs.length > 0);
  if (topLevel) turns.push(topLevel);
  const nested = await mapLimit(turnDirs, 4, async (t) => {
    const rel = `${name}/${t.name}`;
    const tEntries = await scanDirEntries(path.join(rootReal, rel), rootReal);
    return discoverGroup(ctx, rel, tEntries, t.n, "turn", false);
  });
  for (const t of nested) if (t) turns.push(t);
  return turns.length > 0 ? { name, root, absPath, g0, turns } : null;
}

/**
 * One turn: the dir itself (a flat G1–G3 log dir, or a G4 turn dir) and/or its
 * attempt_M children (G3 restarts directly under the log dir, G4 restarts, G5).
 * `hasTurnChildren`: the log dir also holds turn_N dirs, so its own files are a
 * run only when they are run-owned (a G2 log that later gained turns).
 */
async function discoverGroup(
  ctx: { rootReal: string; logName: string },
  rel: string,
  entries: DirEntry[],
  turn: number | null,
  kind: RunDirKind,
  hasTurnChildren: boolean,
): Promise<DiscoveredTurn | null> {
  const attempts = numbered(entries, ATTEMPT_RE);
  const container = attempts.length > 0 || hasTurnChildren;
  const selfIsRun = container ? has(entries, OWN_RUN_FILES, false) : isRunByContent(entries);
  const runs: DiscoveredRun[] = [];
  const mk = (relPath: string, runDirKind: RunDirKind, attempt: number | null, later: boolean): DiscoveredRun => ({
    relPath,
    absPath: path.join(ctx.rootReal, relPath),
    runDirKind,
    turn,
    attempt,
    hasLaterAttempt: later,
  });
  if (selfIsRun) runs.push(mk(rel, kind, null, attempts.length > 0));
  // Every attempt_M dir is a run, even before its first file: MassGen creates it
  // for exactly one coordination attempt (FORMAT.md §5.1 "new attempt dir = new run").
  attempts.forEach((a, i) => runs.push(mk(`${rel}/${a.name}`, "attempt", a.n, i < attempts.length - 1)));
  if (runs.length === 0) return null;
  // the dir's own report: its listing already says whether there is one, so no lstat when there is not
  const sizes = await Promise.all([
    has(entries, [REPORT], false) ? scanFileSize(path.join(ctx.rootReal, rel, REPORT), ctx.rootReal) : null,
    ...attempts.map((a) => scanFileSize(path.join(ctx.rootReal, rel, a.name, REPORT), ctx.rootReal)),
  ]);
  const found = sizes.filter((s) => s !== null);
  return { turn, analyzed: found.length > 0, reportEmpty: found.length > 0 && found.every((s) => s === 0), runs };
}

/** Every log of a root, newest first (FORMAT.md §5.3: sort by name, like `massgen logs list`). */
export async function discoverRoot(root: string): Promise<DiscoveredLog[]> {
  const rootReal = await realpath(root);
  const dirs = await listLogDirs(rootReal);
  const logs = await mapLimit(dirs, 16, (d) => discoverLog(root, d.name, rootReal));
  return logs.filter((l) => l !== null).sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}
