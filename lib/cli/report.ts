import os from "node:os";
import path from "node:path";
import type { Command } from "commander";
import pkg from "../../package.json";
import { discoverLog, discoverRoot } from "@/lib/server/discover";
import { HttpError } from "@/lib/server/http-errors";
import { previewReport, saveReport } from "@/lib/server/report-store";
import { isInside } from "@/lib/server/safe-path";
import { CliError } from "./cli-error";
import { checkRoot, chooseRoots } from "./roots";

/**
 * `massgen-dash report`: the same generator as the turn page's button, no
 * LLM. Picks the log and turn like `massgen logs analyze` (FORMAT.md §6):
 * the lexicographically greatest `log_*`, its numerically highest turn.
 */
export interface ReportOptions {
  logs: string[];
  logDir?: string;
  turn?: string;
  stdout?: boolean;
  force?: boolean;
}

/** Exit code when a report exists and --force was not given (issue 6 "CLI"). */
export const EXIT_REPORT_EXISTS = 3;

const collect = (v: string, acc: string[]) => [...acc, v];

export function registerReportCommand(program: Command): void {
  program
    .command("report")
    .description("write turn_N/ANALYSIS_REPORT.md from the logs (no LLM, no API key)")
    .option("--logs <dir>", "MassGen log root (repeatable)", collect, [])
    .option("--log-dir <path>", "the log_… session dir (default: the latest log)")
    .option("--turn <n>", "turn number (default: the latest turn)")
    .option("--stdout", "print the report, write nothing")
    .option("--force", "overwrite an existing ANALYSIS_REPORT.md")
    .action(async (o: ReportOptions) => runReport(o));
}

/** The log and turn a command acts on: --log-dir / --turn, else the latest (shared with `export`). */
export async function chooseTurn(opts: Pick<ReportOptions, "logs" | "logDir" | "turn">): Promise<{ root: string; logName: string; turn: number | null }> {
  const turnArg = parseTurn(opts.turn);
  const { root, logName, turnFromPath } = opts.logDir ? fromLogDir(opts) : await latestLog(opts);
  if (turnArg !== null && turnFromPath !== null && turnArg !== turnFromPath) throw new CliError(`--log-dir points at turn_${turnFromPath} but --turn is ${turnArg}`);
  return { root, logName, turn: await pickTurn(root, logName, turnArg ?? turnFromPath) };
}

export async function runReport(opts: ReportOptions, out: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  const { root, logName, turn } = await chooseTurn(opts);
  const generator = `massgen-dash ${pkg.version}`;
  try {
    if (opts.stdout) {
      out((await previewReport(root, logName, turn, { generator })).markdown);
      return;
    }
    const saved = await saveReport(root, logName, turn, { overwrite: opts.force ?? false, generator });
    out(`${saved.replaced ? "replaced" : "wrote"} ${path.join(root, saved.reportPath)}\n`);
  } catch (e) {
    if (e instanceof HttpError && e.code === "conflict") throw new CliError(`${e.message.replace("pass overwrite", "pass --force")}`, EXIT_REPORT_EXISTS);
    if (e instanceof HttpError) throw new CliError(e.message);
    throw e;
  }
}

function parseTurn(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (!/^[0-9]{1,6}$/.test(s) || Number(s) < 1) throw new CliError(`--turn must be a positive integer, got "${s}"`);
  return Number(s);
}

interface LogChoice {
  root: string;
  logName: string;
  turnFromPath: number | null;
}

/** --log-dir: a log_… dir (or one of its turn_N dirs); its parent is the root unless --logs says otherwise. */
function fromLogDir(opts: Pick<ReportOptions, "logs" | "logDir">): LogChoice {
  let dir = checkRoot(opts.logDir ?? "", process.cwd(), os.homedir());
  let turnFromPath: number | null = null;
  const m = /^turn_([0-9]+)$/.exec(path.basename(dir));
  if (m) {
    turnFromPath = Number(m[1]);
    dir = path.dirname(dir);
  }
  const root = path.dirname(dir);
  if (opts.logs.length) {
    const roots = chooseRoots({ logs: opts.logs, demo: false }).roots;
    if (!roots.some((r) => isInside(r, dir) && r === root)) throw new CliError(`--log-dir ${opts.logDir} is not a log directory directly inside the --logs roots`);
  }
  return { root, logName: path.basename(dir), turnFromPath };
}

async function latestLog(opts: Pick<ReportOptions, "logs">): Promise<LogChoice> {
  const choice = chooseRoots({ logs: opts.logs, demo: false });
  if (choice.demo) throw new CliError(`no MassGen logs found (looked in ${choice.searched.join(", ")}); pass --logs or --log-dir`);
  const found = (await Promise.all(choice.roots.map(async (root) => (await discoverRoot(root)).map((l) => ({ root, logName: l.name }))))).flat();
  const latest = found.sort((a, b) => (a.logName < b.logName ? 1 : a.logName > b.logName ? -1 : 0))[0];
  if (!latest) throw new CliError(`no MassGen run found in ${choice.roots.join(", ")}`);
  return { ...latest, turnFromPath: null };
}

async function pickTurn(root: string, logName: string, turn: number | null): Promise<number | null> {
  const log = await discoverLog(root, logName);
  if (!log) throw new CliError(`${path.join(root, logName)} holds no MassGen run`);
  if (turn === null) return log.turns[log.turns.length - 1]?.turn ?? null;
  if (log.turns.some((t) => t.turn === turn)) return turn;
  const available = log.turns.map((t) => (t.turn === null ? "(flat run)" : String(t.turn))).join(", ");
  throw new CliError(`${logName} has no turn_${turn} (available: ${available})`);
}
