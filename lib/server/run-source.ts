import "server-only";
import type { Dirent } from "node:fs";
import path from "node:path";
import { decodeText } from "@/lib/parse/decode";
import type { FileEntry, ParseIssue, RunDirKind, RunSource } from "@/lib/model/types";
import { MB, TEXT_CAP, wanted } from "./run-read-plan";
import { runFs } from "./summary-fs";

/**
 * Reads one RUN directory (FORMAT.md §1.3) into a RunSource: a bounded listing
 * plus the contents of the files the model needs. Read-only; every path is
 * resolved with realpath and must stay inside the log root; symlinks leaving
 * the root are not followed; workspace/, node_modules, .venv and .git are never
 * walked (STYLE.md principle 5). Failures become FileEntry "unreadable", never throws
 * for a problem inside the run.
 */

export interface ReadRunSourceOptions {
  mode: "summary" | "full";
  /**
   * For an index row (summary mode only): the source is marked rowOnly (see
   * RunSource) and `final/` is not walked, since no row fact comes from it
   * in summary mode (its files are loaded in full mode only).
   */
  rowOnly?: boolean;
  /**
   * With rowOnly, for a run with status.json: read the row from status.json,
   * execution_metadata.yaml and subagents/ only (RunSource.leanRow). No agent
   * snapshot dir is walked (they are most of a run's directories, one per
   * answer and vote), and metrics_summary.json (its totals equal status.json's
   * `costs` when no subagent ran, FORMAT.md §3.1.1, §3.2) and
   * snapshot_mappings.json (labels only) are not read. The cold index of
   * 2,000 runs (issue 2); buildLeanRow says when this is not enough.
   */
  lean?: boolean;
  /** List the snapshot workspaces' file names in summary mode too (a live run page, live-source.ts). */
  workspaces?: boolean;
  hasLaterAttempt: boolean;
  nowMs?: number;
  tzOffsetMinutes?: number;
}

const NEVER_WALK = new Set(["node_modules", ".venv", ".git"]);
const MAX_FILES = 20_000;
/** Directories walked per RUN (snapshot dirs are one per answer or vote: 50,000 would be a runaway run, issue 8). */
const MAX_DIRS = 10_000;
const MAX_DEPTH = 8;
const WORKSPACE_NAMES = 200;

interface Walk {
  rootReal: string;
  rowOnly: boolean;
  runAbs: string;
  listing: string[];
  /** real path of every listed file, as the walk resolved it (reads need no second realpath) */
  reals: Map<string, string>;
  dirs: string[];
  workspaces: string[];
  subagentIds: string[];
  visited: Set<string>;
  dirCapped?: boolean;
  /** lean was asked and the run has a status.json (RunSource.leanRow) */
  leanRow?: boolean;
  issues: ParseIssue[];
  logRel: string;
}

export async function readRunSource(rootAbs: string, relPath: string, opts: ReadRunSourceOptions): Promise<RunSource> {
  const rootReal = await runFs.realpath(rootAbs);
  const rel = toPosix(path.normalize(relPath)).replace(/^\/+|\/+$/g, "");
  const runAbs = await runFs.realpath(path.join(rootReal, rel));
  if (!inside(rootReal, runAbs)) throw new Error(`run dir ${relPath} is outside the log root`);
  const segs = rel.split("/");
  const base = segs[segs.length - 1] ?? "";
  // a subagent copy read on its own still sits in its parent's place (§3.10)
  const sub = segs.includes("subagents");
  const kind: RunDirKind = sub || /^attempt_\d+$/.test(base) ? "attempt" : /^turn_\d+$/.test(base) ? "turn" : "log";
  const where = { logName: segs[0] ?? rel, runDirKind: kind, turn: segNum(segs, "turn"), attempt: segNum(segs, "attempt") };
  return place(await readOne(rootReal, runAbs, rel, opts), where);
}

/** Subagent copies take the parent's place in the tree: they are part of its attempt, not runs of their own. */
function place(core: Core, where: Pick<RunSource, "logName" | "runDirKind" | "turn" | "attempt">): RunSource {
  const subagents = core.subagents?.map((s) => ({ id: s.id, source: s.source && place(s.source, where) }));
  return { ...core, ...where, ...(subagents ? { subagents } : {}) };
}

type Core = Omit<RunSource, "logName" | "runDirKind" | "turn" | "attempt">;

async function readOne(rootReal: string, runAbs: string, rel: string, opts: ReadRunSourceOptions): Promise<Core> {
  const rowOnly = opts.rowOnly === true && opts.mode === "summary";
  const w: Walk = { rootReal, rowOnly, leanRow: false, runAbs, listing: [], reals: new Map(), dirs: [], workspaces: [], subagentIds: [], visited: new Set([runAbs]), issues: [], logRel: rel };
  await walk(w, runAbs, runAbs, "", 0, rowOnly && opts.lean === true);
  const hasStatus = w.listing.includes("status.json");
  const files: Record<string, FileEntry> = {};
  for (const f of w.listing) {
    const want = wanted(f, opts.mode, hasStatus, w.leanRow ? { subagents: w.subagentIds.length > 0 } : undefined);
    if (want) files[f] = w.dirs.includes(f) ? { kind: "unreadable", message: `${f} is a directory, expected a file` } : await readEntry(w, f, want);
  }
  const src: Core = {
    relPath: rel,
    listing: w.listing,
    files,
    hasLaterAttempt: opts.hasLaterAttempt,
    nowMs: opts.nowMs ?? Date.now(),
    ...(opts.tzOffsetMinutes === undefined ? {} : { tzOffsetMinutes: opts.tzOffsetMinutes }),
    ...(w.issues.length ? { walkIssues: w.issues } : {}),
    ...(w.rowOnly ? { rowOnly: true } : {}),
    ...(w.leanRow ? { leanRow: true } : {}),
  };
  if (w.subagentIds.length) src.subagents = await readSubagents(w, opts);
  if (opts.mode === "full" || opts.workspaces) src.workspaceListing = await listWorkspaces(w);
  if (opts.mode === "full") {
    if (path.basename(runAbs).startsWith("attempt_") && !opts.hasLaterAttempt) src.turnFinalFiles = await readTurnFinal(w);
  }
  return src;
}

async function walk(w: Walk, dirAbs: string, dirReal: string, dirRel: string, depth: number, lean = false): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await runFs.readdir(dirAbs);
  } catch (e) {
    w.issues.push({ file: join(w.logRel, dirRel), message: `cannot list directory: ${errText(e)}` });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // a lean row of a run with status.json: only subagents/ below the RUN dir (ReadRunSourceOptions.lean)
  const leanTop = lean && dirRel === "" && entries.some((e) => e.name === "status.json" && !e.isDirectory());
  if (leanTop) w.leanRow = true;
  for (const ent of entries) {
    if (w.listing.length >= MAX_FILES) {
      w.issues.push({ file: join(w.logRel, dirRel), message: `more than ${MAX_FILES} files; listing truncated` });
      return;
    }
    const rel = join(dirRel, ent.name);
    if (NEVER_WALK.has(ent.name) || ent.name.endsWith(".tmp")) continue;
    if (w.rowOnly && dirRel === "" && ent.name === "final") continue;
    // a dirent name is one path segment: plain concatenation (path.join's normalizing is most of a walk's JS time)
    const abs = `${dirAbs}/${ent.name}`;
    const { kind, real } = await entryKind(w, ent, abs, `${dirReal}/${ent.name}`);
    if (kind === "file") {
      w.listing.push(rel);
      w.reals.set(rel, real);
    }
    if (kind !== "dir") continue;
    if (leanTop && ent.name !== "subagents" && !wanted(rel, "full", true)) continue;
    if (ent.name === "workspace") w.workspaces.push(rel);
    else if (dirRel === "subagents") w.subagentIds.push(ent.name);
    else if (dirRel === "" && /^(turn|attempt)_\d+$/.test(ent.name)) continue; // a RUN of its own (§1.3)
    else if (w.visited.size >= MAX_DIRS) {
      if (!w.dirCapped) w.issues.push({ file: join(w.logRel, dirRel), message: `more than ${MAX_DIRS} directories; the rest are not read` });
      w.dirCapped = true;
    } else if (depth < MAX_DEPTH && dirRel !== "subagents" && !w.visited.has(real)) {
      if (wanted(rel, "full", true)) {
        // a known file replaced by a directory: keep it visible so it becomes "unreadable"
        w.dirs.push(rel);
        w.listing.push(rel);
      }
      w.visited.add(real);
      await walk(w, abs, real, rel, depth + 1);
    }
  }
}

/** file | dir | skip (with the real path, to visit a directory once), following a symlink only inside the root. */
async function entryKind(w: Walk, ent: Dirent, abs: string, plainReal: string): Promise<{ kind: "file" | "dir" | "skip"; real: string }> {
  if (ent.isFile()) return { kind: "file", real: plainReal };
  if (ent.isDirectory()) return { kind: "dir", real: plainReal };
  if (!ent.isSymbolicLink()) return { kind: "skip", real: plainReal };
  try {
    const real = await runFs.realpath(abs);
    if (!inside(w.rootReal, real)) return { kind: "skip", real };
    const st = await runFs.stat(real);
    return { kind: st.isFile() ? "file" : st.isDirectory() ? "dir" : "skip", real };
  } catch {
    return { kind: "skip", real: abs }; // dangling symlink
  }
}

async function readEntry(w: Walk, rel: string, want: { cap: number; tail?: number }): Promise<FileEntry> {
  const logFile = join(w.logRel, rel);
  try {
    const real = w.reals.get(rel) ?? (await runFs.realpath(path.join(w.runAbs, rel)));
    if (!inside(w.rootReal, real)) return { kind: "unreadable", message: `${rel} resolves outside the log root` };
    const r = await runFs.readFile(real, (size) => {
      const partial = want.tail !== undefined && size > want.tail;
      if (!partial && size > want.cap) return null;
      return { start: partial ? size - (want.tail ?? 0) : 0, end: size };
    });
    const meta = { size: r.size, mtimeMs: r.mtimeMs };
    if (r.kind === "skipped") {
      if (r.isDir) return { kind: "unreadable", message: `${rel} is a directory, expected a file`, ...meta };
      if (!r.isFile) return { kind: "unreadable", message: `${rel} is not a regular file`, ...meta };
      return { kind: "unreadable", message: `${rel} is ${(r.size / MB).toFixed(1)} MB, over the ${want.cap / MB} MB read limit`, ...meta };
    }
    const partial = want.tail !== undefined && r.size > want.tail;
    // a tail starts at a line boundary (and so at a whole UTF-8 char)
    const bytes = partial ? r.bytes.subarray(r.bytes.indexOf(0x0a) + 1) : r.bytes;
    const { text, issues } = decodeText(bytes, logFile);
    return { kind: "text", text, ...meta, ...(partial ? { partial } : {}), ...(issues.length ? { issues } : {}) };
  } catch (e) {
    return { kind: "unreadable", message: `${rel}: ${errText(e)}` };
  }
}

/** `subagents/<id>/full_logs` is a complete child RUN (§3.10) that belongs to this attempt. */
async function readSubagents(w: Walk, opts: ReadRunSourceOptions): Promise<{ id: string; source: RunSource | null }[]> {
  const out: { id: string; source: RunSource | null }[] = [];
  for (const id of w.subagentIds) {
    const rel = join("subagents", id, "full_logs");
    try {
      const real = await runFs.realpath(path.join(w.runAbs, rel));
      if (!inside(w.rootReal, real) || !(await runFs.stat(real)).isDirectory()) throw new Error("no full_logs");
      // a child's totals roll up into the parent's row: read in full, never lean
      const core = await readOne(w.rootReal, real, join(w.logRel, rel), { ...opts, hasLaterAttempt: false, lean: false });
      // log name, turn and attempt are the parent's; readRunSource fills them in (place)
      out.push({ id, source: { ...core, logName: "", runDirKind: "attempt", turn: null, attempt: null } });
    } catch {
      out.push({ id, source: null });
    }
  }
  return out;
}

/** Names only, bounded, never entering node_modules/.venv/.git nor following symlinks. */
async function listWorkspaces(w: Walk): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const ws of w.workspaces) {
    const names: string[] = [];
    const queue: string[] = [""];
    while (queue.length && names.length < WORKSPACE_NAMES) {
      const sub = queue.shift() ?? "";
      const ents = await runFs.readdir(path.join(w.runAbs, ws, sub)).catch(() => [] as Dirent[]);
      ents.sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const e of ents) {
        if (names.length >= WORKSPACE_NAMES) break;
        const r = join(sub, e.name);
        names.push(e.isDirectory() ? `${r}/` : r);
        if (e.isDirectory() && !NEVER_WALK.has(e.name)) queue.push(r);
      }
    }
    out[ws] = names;
  }
  return out;
}

/** turn_N/final/<agent>/answer.txt, the copy of the accepted attempt's final/ (§1.7). */
async function readTurnFinal(w: Walk): Promise<Record<string, FileEntry>> {
  const out: Record<string, FileEntry> = {};
  const finalAbs = path.join(path.dirname(w.runAbs), "final");
  const turnWalk: Walk = { ...w, reals: new Map(), runAbs: path.dirname(w.runAbs), logRel: path.posix.dirname(w.logRel) };
  const ents = await runFs.readdir(finalAbs).catch(() => [] as Dirent[]);
  for (const e of ents.slice(0, 50)) {
    if (e.isDirectory()) out[join("final", e.name, "answer.txt")] = await readEntry(turnWalk, join("final", e.name, "answer.txt"), { cap: TEXT_CAP });
  }
  return out;
}

function segNum(segs: string[], prefix: string): number | null {
  for (const s of segs) {
    const m = new RegExp(`^${prefix}_(\\d+)$`).exec(s);
    if (m) return Number(m[1]);
  }
  return null;
}

function inside(root: string, p: string): boolean {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join("/");
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

/** A file system error as a short reason for a parse issue (no stack, no errno jargon). */
export function errText(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "file disappeared while reading";
  if (code === "ELOOP") return "replaced by a symlink while reading";
  return e instanceof Error ? e.message : String(e);
}
