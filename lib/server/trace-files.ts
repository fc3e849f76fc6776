import "server-only";
import { realpath } from "node:fs/promises";
import path from "node:path";
import { byTimeFinalLast } from "@/lib/prepare/trace";
import type { TraceFileKind, TraceFileRef } from "@/lib/prepare/trace-types";
import { fileSize, mapLimit, readDirEntries } from "./dir-entries";
import { resolveInsideRoot } from "./safe-path";

/**
 * The execution_trace.md files of one RUN dir (FORMAT.md §1.6, §1.7, §4.2):
 * `<agent>/<ts>/execution_trace.md` and `final/<agent>/execution_trace.md`.
 * Subagent runs are their own runs and are not listed here.
 */

const TRACE = "execution_trace.md";
const TS_DIR = /^\d{8}_\d{6}(_\d+)?$/;
const NOT_AGENT_DIRS = new Set(["final", "agent_outputs", "subagents", "streaming_buffers", "compression_debug", "memory_debug", "workspace"]);

function snapshotKind(names: Set<string>): TraceFileKind {
  if (names.has("answer.txt")) return "answer";
  if (names.has("vote.json")) return "vote";
  return "partial";
}

async function traceIn(dirAbs: string, rootReal: string): Promise<{ size: number; names: Set<string> } | null> {
  const entries = await readDirEntries(dirAbs, rootReal);
  const names = new Set(entries.filter((e) => e.isFile).map((e) => e.name));
  if (!names.has(TRACE)) return null;
  const size = await fileSize(path.join(dirAbs, TRACE), rootReal);
  return size === null ? null : { size, names };
}

export async function listTraceFiles(rootAbs: string, runRel: string): Promise<TraceFileRef[]> {
  const runAbs = await resolveInsideRoot(rootAbs, runRel);
  if (!runAbs) return [];
  const rootReal = await realpath(rootAbs);
  const top = await readDirEntries(runAbs, rootReal);
  const out: TraceFileRef[] = [];
  const agents = top.filter((e) => e.isDir && !NOT_AGENT_DIRS.has(e.name) && !e.name.startsWith("."));
  await mapLimit(agents, 8, async (agent) => {
    const snaps = (await readDirEntries(path.join(runAbs, agent.name), rootReal)).filter((e) => e.isDir && TS_DIR.test(e.name));
    for (const s of snaps) {
      const t = await traceIn(path.join(runAbs, agent.name, s.name), rootReal);
      if (t) out.push({ path: `${agent.name}/${s.name}/${TRACE}`, agentId: agent.name, ts: s.name, kind: snapshotKind(t.names), size: t.size });
    }
  });
  if (top.some((e) => e.name === "final" && e.isDir)) {
    for (const agent of (await readDirEntries(path.join(runAbs, "final"), rootReal)).filter((e) => e.isDir)) {
      const t = await traceIn(path.join(runAbs, "final", agent.name), rootReal);
      if (t) out.push({ path: `final/${agent.name}/${TRACE}`, agentId: agent.name, ts: null, kind: "final", size: t.size });
    }
  }
  return out.sort((a, b) => a.agentId.localeCompare(b.agentId) || byTimeFinalLast(a, b));
}
