import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The timeline of a recorded G5 attempt, for the live simulator (live-sim.ts):
 * every write MassGen made, at the second (from coordination start) it made
 * it, in the order FORMAT.md §5.2 describes — events.jsonl lines at their
 * timestamps, massgen.log lines at theirs, snapshot dirs `<agent>/<ts>/` at
 * the time in their name — and the end-of-run files after the last of them.
 */
export type Step =
  | { at: number; kind: "event"; line: string; type: string; origIso: string | null }
  | { at: number; kind: "log"; line: string }
  | { at: number; kind: "snapshot"; dir: string };

export interface Plan {
  runDir: string;
  /** unix seconds of the recorded coordination start */
  start: number;
  steps: Step[];
  /** seconds from start to the end of the run */
  end: number;
  /** end-of-run entries (files and dirs), RUN-relative, in MassGen's order (§5.2 step 6) */
  endFiles: string[];
}

/** The end-of-run files follow the last recorded write this long after (seconds of the recording). */
const END_AFTER_S = 0.5;
const TS_DIR = /^(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})_(\d{1,6})$/;
const ISO = /"timestamp": "([0-9T:.-]+)"/;
/** Written at the very end of an attempt, in this order (FORMAT.md §5.2 step 6, §5.1). */
const END_ORDER = ["final", "agent_outputs", "subagents", "coordination_events.json", "coordination_table.txt", "snapshot_mappings.json", "metrics_summary.json", "metrics_events.json"];

/** Local-naive ISO (MassGen's events.jsonl timestamps, §3.9) → unix seconds in this machine's zone. */
export function localIsoSeconds(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/.exec(iso);
  if (!m) return null;
  const n = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  return new Date(n[0], n[1] - 1, n[2], n[3], n[4], n[5]).getTime() / 1000 + Number((m[7] ?? "0").padEnd(6, "0")) / 1e6;
}

function tsDirSeconds(name: string): number | null {
  const m = TS_DIR.exec(name);
  if (!m) return null;
  return localIsoSeconds(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}`);
}

export function buildPlan(runDir: string): Plan {
  const steps: Step[] = [];
  const events = readFileSync(path.join(runDir, "events.jsonl"), "utf8").split("\n").filter((l) => l.trim());
  const firstIso = ISO.exec(events[0] ?? "")?.[1];
  // Every time in the tree is local-naive (events, dir names, log lines): measure from the first event in that
  // same zone, never from status.json's unix start_time (the recording machine's zone is unknown here).
  const start = (firstIso ? localIsoSeconds(firstIso) : null) ?? 0;
  for (const line of events) {
    const iso = ISO.exec(line)?.[1] ?? null;
    const t = iso ? localIsoSeconds(iso) : null;
    const type = /"event_type": "([^"]+)"/.exec(line)?.[1] ?? "";
    steps.push({ at: t === null ? (steps.at(-1)?.at ?? 0) : t - start, kind: "event", line, type, origIso: iso });
  }
  steps.push(...logSteps(runDir, start));
  for (const agent of readdirSync(runDir, { withFileTypes: true })) {
    if (!agent.isDirectory() || END_ORDER.includes(agent.name)) continue;
    for (const snap of readdirSync(path.join(runDir, agent.name))) {
      const t = tsDirSeconds(snap);
      if (t !== null) steps.push({ at: t - start, kind: "snapshot", dir: `${agent.name}/${snap}` });
    }
  }
  steps.sort((a, b) => a.at - b.at);
  const last = Math.max(0, ...steps.map((s) => s.at));
  const end = last + END_AFTER_S;
  const present = new Set(readdirSync(runDir));
  return { runDir, start, steps, end, endFiles: END_ORDER.filter((f) => present.has(f)) };
}

/** massgen.log lines start "HH:MM:SS | LEVEL | …" (§4.3); continuation lines go with the line before. */
function logSteps(runDir: string, start: number): Step[] {
  let text = "";
  try {
    text = readFileSync(path.join(runDir, "massgen.log"), "utf8");
  } catch {
    return [];
  }
  const day = new Date(start * 1000);
  day.setHours(0, 0, 0, 0);
  let at = 0;
  return text
    .split("\n")
    .filter((l) => l !== "")
    .map((line) => {
      const m = /^(\d{2}):(\d{2}):(\d{2}) /.exec(line);
      if (m) {
        const t = day.getTime() / 1000 + Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
        at = Math.max(0, t < start - 60 ? t + 86400 - start : t - start);
      }
      return { at, kind: "log" as const, line };
    });
}
