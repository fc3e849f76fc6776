import "server-only";
import { buildAttempt } from "@/lib/model/build-attempt";
import type { AttemptModel, RunSource } from "@/lib/model/types";
import { parseExecutionMetadata } from "@/lib/parse/execution-metadata";
import { parseExecutionTrace } from "@/lib/parse/execution-trace";
import type { ReportInput, TraceInput } from "@/lib/report/types";
import type { ExecutionMetadata } from "@/lib/schemas/execution-metadata";
import type { DiscoveredTurn } from "./discover";
import { readRunSource } from "./run-source";
import { readAligned, withTraceFile } from "./trace-file-handle";
import { listTraceFiles } from "./trace-files";

/**
 * Everything generateReport needs for one turn, read with the same bounded
 * run-source reader and model as the run page, so the numbers agree.
 */

/** Per trace and in total: a 20,000-event run must not pull gigabytes into memory. */
const TRACE_CAP = 4 * 1024 * 1024;
const TRACES_TOTAL_CAP = 64 * 1024 * 1024;

export interface GatherOptions {
  nowMs?: number;
  tzOffsetMinutes?: number;
  /** unix seconds; default now */
  generatedAt?: number;
  generator?: string;
}

export async function gatherReportInput(root: string, turn: DiscoveredTurn, opts: GatherOptions = {}): Promise<ReportInput> {
  const sources: RunSource[] = [];
  for (const run of turn.runs) {
    const tz = opts.tzOffsetMinutes === undefined ? {} : { tzOffsetMinutes: opts.tzOffsetMinutes };
    sources.push(await readRunSource(root, run.relPath, { mode: "full", hasLaterAttempt: run.hasLaterAttempt, ...(opts.nowMs === undefined ? {} : { nowMs: opts.nowMs }), ...tz }));
  }
  const attempts: AttemptModel[] = sources.map(buildAttempt);
  const src = sources[sources.length - 1];
  const model = attempts[attempts.length - 1];
  if (!src || !model) throw new Error("the turn has no run directory");
  const traces = await readTraces(root, src.relPath);
  return {
    model,
    attempts,
    traces: traces.traces,
    toolExecutions: model.toolExecutions,
    metadata: parsed<ExecutionMetadata>(src, "execution_metadata.yaml", parseExecutionMetadata),
    filesRead: [...sources.flatMap(loadedFiles), ...traces.files],
    generatedAt: opts.generatedAt ?? Date.now() / 1000,
    ...(opts.generator ? { generator: opts.generator } : {}),
  };
}

function parsed<T>(src: RunSource, rel: string, parse: (text: string, file: string) => { value: T | null }): T | null {
  const f = src.files[rel];
  return f?.kind === "text" ? parse(f.text, `${src.relPath}/${rel}`).value : null;
}

function loadedFiles(src: RunSource): string[] {
  return Object.entries(src.files)
    .filter(([, f]) => f.kind === "text")
    .map(([rel]) => `${src.relPath}/${rel}`);
}

async function readTraces(root: string, runRel: string): Promise<{ traces: TraceInput[]; files: string[] }> {
  const refs = await listTraceFiles(root, runRel);
  const traces: TraceInput[] = [];
  let budget = TRACES_TOTAL_CAP;
  for (const ref of refs) {
    if (budget <= 0) break;
    const want = Math.min(ref.size, TRACE_CAP, budget);
    const text = await withTraceFile(root, runRel, ref.path, (fh, info) => readAligned(fh, 0, Math.min(want, info.size), info.size)).catch(() => null);
    if (!text) continue;
    budget -= want;
    const trace = parseExecutionTrace(text.text, `${runRel}/${ref.path}`).value;
    if (trace) traces.push({ file: ref.path, agentId: ref.agentId, kind: ref.kind, trace, truncated: ref.size > want });
  }
  return { traces, files: traces.map((t) => `${runRel}/${t.file}`) };
}

