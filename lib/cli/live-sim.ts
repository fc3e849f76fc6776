import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dump, load } from "js-yaml";
import { setTimeout as sleep } from "node:timers/promises";
import { buildPlan, type Plan } from "./live-sim-plan";
import { advance, emptyProgress, finalStatus, midRunStatus } from "./live-sim-status";

/**
 * Replays a recorded G5 attempt into `root` in real time (÷ speed) with
 * MassGen's write pattern (FORMAT.md §5.1/§5.2): execution_metadata.yaml at
 * the start; status.json written to status.json.tmp and renamed, every 2 s
 * and right after each answer, vote and winner; events.jsonl and massgen.log
 * appended line by line; snapshot dirs created before their files; end-of-run
 * files written in place, in two halves (non-atomic, so readers meet them half
 * written), then the final status.json and turn_N/final/.
 */
export interface SimOptions {
  /** the recorded RUN dir (…/turn_N/attempt_M) */
  templateRun: string;
  root: string;
  speed: number;
  /** called for every write (the bench measures from here) */
  onWrite?: (w: { kind: "status" | "event" | "log" | "snapshot" | "end"; path: string; detail: string; at: number }) => void;
  signal?: AbortSignal;
}

const STATUS_TICK_MS = 2000;
/** The pause between the two halves of a non-atomic end-of-run write. */
const HALF_WRITE_MS = 30;
/** Order files are written inside a snapshot dir (§5.1). */
const SNAPSHOT_ORDER = ["answer.txt", "changedoc.md", "vote.json", "workspace", "context.txt", "execution_trace.md"];
const STATUS_AFTER = new Set(["answer_submitted", "vote", "final_presentation_start"]);

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
function localStamp(sec: number, sep: "iso" | "dir"): string {
  const d = new Date(sec * 1000);
  const us = pad(Math.floor((sec % 1) * 1e6), 6);
  const date = `${d.getFullYear()}${sep === "iso" ? "-" : ""}${pad(d.getMonth() + 1)}${sep === "iso" ? "-" : ""}${pad(d.getDate())}`;
  const time = [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => pad(n)).join(sep === "iso" ? ":" : "");
  return sep === "iso" ? `${date}T${time}.${us}` : `${date}_${time}_${us}`;
}

export async function runSimulation(o: SimOptions): Promise<{ logName: string; runDir: string }> {
  const plan = buildPlan(o.templateRun);
  const t0 = Date.now() / 1000;
  const logName = `log_${localStamp(t0, "dir")}`;
  const turnDir = path.join(o.root, logName, "turn_1");
  const runDir = path.join(turnDir, "attempt_1");
  const rel = path.relative(o.root, runDir);
  mkdirSync(runDir, { recursive: true });
  const template = JSON.parse(readFileSync(path.join(o.templateRun, "status.json"), "utf8")) as Record<string, unknown>;
  const progress = emptyProgress();
  const now = () => Date.now() / 1000;
  const ctx = () => ({ now: now(), start: t0, logDir: `.massgen/massgen_logs/${rel}` });
  const note = (kind: "status" | "event" | "log" | "snapshot" | "end", p: string, detail: string) => o.onWrite?.({ kind, path: p, detail, at: performance.now() });
  const writeStatus = (body: Record<string, unknown>) => {
    const file = path.join(runDir, "status.json");
    writeFileSync(`${file}.tmp`, JSON.stringify(body, null, 2));
    renameSync(`${file}.tmp`, file);
    // detail: meta.last_updated, which the run page shows (the bench matches writes to what appears)
    note("status", file, String((body["meta"] as { last_updated?: number } | undefined)?.last_updated ?? ""));
  };

  writeMetadata(path.join(o.templateRun, "execution_metadata.yaml"), path.join(runDir, "execution_metadata.yaml"), localStamp(t0, "iso"));
  let finished = false;
  const ticker = (async () => {
    while (!finished && !o.signal?.aborted) {
      await sleep(STATUS_TICK_MS);
      if (!finished) writeStatus(midRunStatus(template, { ...progress, fraction: Math.min(1, ((now() - t0) * o.speed) / Math.max(plan.end, 1)) }, ctx()));
    }
  })();
  try {
    await replaySteps(plan, o, t0, runDir, (line, type) => {
      advance(progress, JSON.parse(line) as Record<string, unknown>);
      if (STATUS_AFTER.has(type)) writeStatus(midRunStatus(template, { ...progress, fraction: Math.min(1, ((now() - t0) * o.speed) / plan.end) }, ctx()));
    }, note);
    await waitUntil(t0 + plan.end / o.speed, o.signal);
    finished = true;
    await writeEnd(plan, runDir, o.signal, () => writeStatus(finalStatus(template, ctx())), note);
    const turnFinal = path.join(o.templateRun, "..", "final");
    if (existsSync(turnFinal)) cpSync(turnFinal, path.join(turnDir, "final"), { recursive: true, verbatimSymlinks: true });
  } finally {
    finished = true;
    await ticker.catch(() => undefined);
  }
  return { logName, runDir };
}

async function waitUntil(sec: number, signal?: AbortSignal): Promise<void> {
  const ms = sec * 1000 - Date.now();
  if (ms > 0) await sleep(ms, undefined, { signal });
}

type Note = (kind: "status" | "event" | "log" | "snapshot" | "end", p: string, detail: string) => void;

async function replaySteps(plan: Plan, o: SimOptions, t0: number, runDir: string, onEvent: (line: string, type: string) => void, note: Note): Promise<void> {
  for (const s of plan.steps) {
    await waitUntil(t0 + s.at / o.speed, o.signal);
    if (s.kind === "event") {
      const line = s.origIso ? s.line.replace(s.origIso, localStamp(Date.now() / 1000, "iso")) : s.line;
      appendFileSync(path.join(runDir, "events.jsonl"), `${line}\n`);
      note("event", path.join(runDir, "events.jsonl"), `${s.type}:${/"agent_id": "([^"]+)"/.exec(s.line)?.[1] ?? ""}`);
      onEvent(line, s.type);
    } else if (s.kind === "log") {
      appendFileSync(path.join(runDir, "massgen.log"), `${s.line}\n`);
      note("log", path.join(runDir, "massgen.log"), "");
    } else {
      const dest = path.join(runDir, s.dir);
      mkdirSync(dest, { recursive: true });
      note("snapshot", dest, s.dir);
      const names = readdirSync(path.join(plan.runDir, s.dir));
      const order = (n: string) => (SNAPSHOT_ORDER.indexOf(n) + SNAPSHOT_ORDER.length + 1) % (SNAPSHOT_ORDER.length + 1);
      for (const n of names.sort((a, b) => order(a) - order(b))) cpSync(path.join(plan.runDir, s.dir, n), path.join(dest, n), { recursive: true, verbatimSymlinks: true });
    }
  }
}

/** End-of-run files in MassGen's order; JSON files in two halves (not atomic, §5.1); the final status.json before metrics_*. */
async function writeEnd(plan: Plan, runDir: string, signal: AbortSignal | undefined, writeFinalStatus: () => void, note: Note): Promise<void> {
  let statusWritten = false;
  for (const f of plan.endFiles) {
    if (f.startsWith("metrics_") && !statusWritten) {
      writeFinalStatus();
      statusWritten = true;
    }
    const src = path.join(plan.runDir, f);
    const dest = path.join(runDir, f);
    if (statSync(src).isDirectory()) cpSync(src, dest, { recursive: true, verbatimSymlinks: true });
    else {
      const bytes = readFileSync(src);
      const half = Math.floor(bytes.length / 2);
      writeFileSync(dest, bytes.subarray(0, half));
      await sleep(HALF_WRITE_MS, undefined, { signal });
      appendFileSync(dest, bytes.subarray(half));
    }
    note("end", dest, f);
  }
  if (!statusWritten) writeFinalStatus();
}

/** The template's execution_metadata.yaml with this run's start time, as MassGen writes it at the start (§3.8). */
function writeMetadata(src: string, dest: string, timestamp: string): void {
  if (!existsSync(src)) return;
  const meta = load(readFileSync(src, "utf8"));
  if (meta === null || typeof meta !== "object" || Array.isArray(meta)) return copyIfExists(src, dest);
  writeFileSync(dest, dump({ ...meta, timestamp }, { lineWidth: -1 }));
}

function copyIfExists(src: string, dest: string): void {
  if (existsSync(src)) cpSync(src, dest);
}
