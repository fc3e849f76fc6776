import { parseCoordinationEvents } from "@/lib/parse/coordination-events";
import { parseEventsJsonl } from "@/lib/parse/events-jsonl";
import { parseExecutionMetadata } from "@/lib/parse/execution-metadata";
import { parseMetricsEvents } from "@/lib/parse/metrics-events";
import { parseMetricsSummary, parseMetricsSummaryRow } from "@/lib/parse/metrics-summary";
import type { Parsed } from "@/lib/parse/result";
import { parseSnapshotMappings } from "@/lib/parse/snapshot-mappings";
import { parseStatus, parseStatusRow } from "@/lib/parse/status";
import { parseSubprocessLogs } from "@/lib/parse/subprocess-logs";
import { parseVote } from "@/lib/parse/vote";
import type { CoordinationEvents } from "@/lib/schemas/coordination-events";
import type { MassgenEvent } from "@/lib/schemas/events-jsonl";
import type { ExecutionMetadata } from "@/lib/schemas/execution-metadata";
import type { MetricsEvents, MetricsSummary } from "@/lib/schemas/metrics";
import type { SnapshotMappings } from "@/lib/schemas/snapshot-mappings";
import type { Status } from "@/lib/schemas/status";
import type { SubprocessLogs } from "@/lib/schemas/subprocess-logs";
import type { VoteFile } from "@/lib/schemas/vote";
import type { ParseIssue, RunSource } from "./types";

/**
 * Every file of a RunSource that the model uses, parsed once, with all issues
 * collected (issue file names are log-root-relative). A file that is absent is
 * null; a file that is present but unreadable/broken is null plus an issue.
 */

/** `<agent>/<ts>/` snapshot dir (FORMAT.md §1.6), classified by what the listing shows. */
export interface SnapshotDir {
  dir: string;
  agentId: string;
  ts: string;
  kind: "answer" | "vote" | "partial";
  /** answer.txt text when it was loaded */
  answerText: string | null;
  /** vote.json when it was loaded and readable */
  vote: VoteFile | null;
}

export interface RunFiles {
  status: Status | null;
  statusMtimeMs: number | null;
  metricsSummary: MetricsSummary | null;
  metricsEvents: MetricsEvents | null;
  coordination: CoordinationEvents | null;
  mappings: SnapshotMappings | null;
  metadata: ExecutionMetadata | null;
  events: MassgenEvent[] | null;
  snapshots: SnapshotDir[];
  /** final/<agent>/answer.txt texts, RUN-relative path → text */
  finals: { agentId: string; file: string; text: string }[];
  /** agent_outputs/<agent>.txt texts (display transcripts, §4.5) */
  agentOutputs: Record<string, string>;
  subprocessLogs: Record<string, SubprocessLogs>;
  /** listing says the file exists (even if not loaded in this mode) */
  has: (rel: string) => boolean;
  /** a RUN-relative path as issues name it (log-root-relative) */
  logPath: (rel: string) => string;
  /** a lean index row: counts come from status.json, snapshot dirs were not walked (RunSource.leanRow) */
  leanRow: boolean;
  issues: ParseIssue[];
}

const TS_DIR = /^\d{8}_\d{6}(_\d+)?$/;
const NOT_AGENT_DIRS = new Set(["final", "agent_outputs", "subagents", "streaming_buffers", "compression_debug", "memory_debug"]);

export function readRunFiles(src: RunSource): RunFiles {
  const issues: ParseIssue[] = [...(src.walkIssues ?? [])];
  const listed = new Set(src.listing);
  const logPath = (rel: string) => (src.relPath ? `${src.relPath}/${rel}` : rel);

  /** text of a loaded file, or null (recording why it could not be read) */
  const text = (rel: string, files = src.files, base = logPath): string | null => {
    const f = files[rel];
    if (!f) return null;
    if (f.kind === "unreadable") {
      issues.push({ file: base(rel), message: f.message });
      return null;
    }
    issues.push(...(f.issues ?? []));
    return f.text;
  };
  const parse = <T>(rel: string, parser: (t: string, file: string) => Parsed<T>): T | null => {
    const t = text(rel);
    if (t === null) return null;
    const r = parser(t, logPath(rel));
    issues.push(...r.issues);
    return r.value;
  };

  const statusEntry = src.files["status.json"];
  const snapshots = listSnapshots(src.listing, listed).map((s) => ({
    ...s,
    answerText: s.kind === "answer" ? text(`${s.dir}/answer.txt`) : null,
    vote: s.kind === "vote" ? parse(`${s.dir}/vote.json`, parseVote) : null,
  }));

  return {
    status: parse("status.json", src.rowOnly ? parseStatusRow : parseStatus),
    statusMtimeMs: statusEntry?.mtimeMs ?? null,
    metricsSummary: parse("metrics_summary.json", src.rowOnly ? parseMetricsSummaryRow : parseMetricsSummary),
    metricsEvents: parse("metrics_events.json", parseMetricsEvents),
    coordination: parse("coordination_events.json", parseCoordinationEvents),
    mappings: parse("snapshot_mappings.json", parseSnapshotMappings),
    metadata: parse("execution_metadata.yaml", parseExecutionMetadata),
    events: readEvents(src, text, issues, logPath),
    snapshots,
    finals: readFinals(src, text),
    agentOutputs: readAgentOutputs(src, text),
    subprocessLogs: readSubprocessLogs(src, parse),
    has: (rel) => listed.has(rel),
    logPath,
    leanRow: src.leanRow === true,
    issues,
  };
}

/** Most answers or votes spelled out from status.json counters: no real run comes near it. */
export const MAX_STATUS_COUNT = 100_000;

/**
 * status.json counters (key → count) expanded into that many items, at most
 * MAX_STATUS_COUNT in all, so a corrupt or hostile count cannot exhaust
 * memory; past the limit the rest are dropped with an issue on status.json.
 * A count that is not a whole number ≥ 0 counts as 0.
 */
export function expandStatusCounts<T>(files: RunFiles, counts: [string, unknown][], what: string, make: (key: string, i: number) => T): T[] {
  const out: T[] = [];
  for (const [key, n] of counts) {
    const count = typeof n === "number" && Number.isInteger(n) && n > 0 ? n : 0;
    for (let i = 0; i < count; i++) {
      if (out.length >= MAX_STATUS_COUNT) {
        files.issues.push({ file: files.logPath("status.json"), message: `more than ${MAX_STATUS_COUNT} ${what} counted; the rest are not shown` });
        return out;
      }
      out.push(make(key, i));
    }
  }
  return out;
}

/** Snapshot dirs of one kind per agent, in time order (k-th answer/vote of an agent ↔ its k-th dir). */
export function snapshotsByAgent(files: RunFiles, kind: SnapshotDir["kind"]): Map<string, SnapshotDir[]> {
  const out = new Map<string, SnapshotDir[]>();
  for (const d of files.snapshots) {
    if (d.kind !== kind) continue;
    const list = out.get(d.agentId);
    if (list) list.push(d);
    else out.set(d.agentId, [d]);
  }
  return out;
}

function listSnapshots(listing: string[], listed: Set<string>): Omit<SnapshotDir, "answerText" | "vote">[] {
  const dirs = new Map<string, { agentId: string; ts: string }>();
  for (const f of listing) {
    const [agentId, ts, name] = f.split("/");
    if (!agentId || !ts || !name || NOT_AGENT_DIRS.has(agentId) || !TS_DIR.test(ts)) continue;
    dirs.set(`${agentId}/${ts}`, { agentId, ts });
  }
  return [...dirs.entries()]
    .map(([dir, d]) => {
      const kind: SnapshotDir["kind"] = listed.has(`${dir}/answer.txt`) ? "answer" : listed.has(`${dir}/vote.json`) ? "vote" : "partial";
      return { dir, ...d, kind };
    })
    .sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : a.agentId < b.agentId ? -1 : 1));
}

type TextOf = (rel: string, files?: RunSource["files"], base?: (rel: string) => string) => string | null;

function readEvents(src: RunSource, text: TextOf, issues: ParseIssue[], logPath: (r: string) => string): MassgenEvent[] | null {
  const t = text("events.jsonl");
  if (t === null) return null;
  // a live file may end mid-line (§5.1); a finished one may not
  const complete = src.files["coordination_events.json"] !== undefined || src.listing.includes("coordination_events.json");
  const r = parseEventsJsonl(t, logPath("events.jsonl"), { complete });
  issues.push(...r.issues);
  return r.events;
}

function readFinals(src: RunSource, text: TextOf): RunFiles["finals"] {
  const own = Object.keys(src.files).filter((f) => /^final\/[^/]+\/answer\.txt$/.test(f));
  const out: RunFiles["finals"] = [];
  for (const file of own) {
    const t = text(file);
    if (t !== null) out.push({ agentId: file.split("/")[1] ?? "", file, text: t });
  }
  if (out.length || !src.turnFinalFiles) return out;
  // G5: the turn-level copy of the accepted attempt's final/ (§1.7)
  const turnBase = (rel: string) => `${src.relPath.split("/").slice(0, -1).join("/")}/${rel}`;
  for (const file of Object.keys(src.turnFinalFiles)) {
    const t = text(file, src.turnFinalFiles, turnBase);
    if (t !== null) out.push({ agentId: file.split("/")[1] ?? "", file: `../${file}`, text: t });
  }
  return out;
}

function readAgentOutputs(src: RunSource, text: TextOf): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of Object.keys(src.files)) {
    const m = /^agent_outputs\/(.+)\.txt$/.exec(f);
    const t = m?.[1] ? text(f) : null;
    if (m?.[1] && t !== null) out[m[1]] = t;
  }
  return out;
}

function readSubprocessLogs(
  src: RunSource,
  parse: <T>(rel: string, p: (t: string, f: string) => Parsed<T>) => T | null,
): Record<string, SubprocessLogs> {
  const out: Record<string, SubprocessLogs> = {};
  for (const f of Object.keys(src.files)) {
    const m = /^subagents\/([^/]+)\/subprocess_logs\.json$/.exec(f);
    const v = m?.[1] ? parse(f, parseSubprocessLogs) : null;
    if (m?.[1] && v) out[m[1]] = v;
  }
  return out;
}
