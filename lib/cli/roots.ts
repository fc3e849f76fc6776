import { accessSync, constants, realpathSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { CliError } from "./cli-error";
import { demoRoot } from "./paths";

/**
 * Log roots, resolved to real absolute paths in the CLI, before the Next
 * server changes directory into its own folder (STYLE.md packaging facts).
 */
export interface RootChoice {
  roots: string[];
  demo: boolean;
  /** where we looked when nothing was given (for messages) */
  searched: string[];
}

function expandHome(p: string, home: string): string {
  return p === "~" ? home : p.startsWith("~/") ? path.join(home, p.slice(2)) : p;
}

/** A user-given root must exist, be a directory and be readable; otherwise a one-line error. */
export function checkRoot(dir: string, cwd: string, home: string): string {
  const abs = path.resolve(cwd, expandHome(dir, home));
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch {
    throw new CliError(`log directory does not exist: ${dir}`);
  }
  if (!isDir) throw new CliError(`not a directory: ${dir}`);
  try {
    accessSync(abs, constants.R_OK | constants.X_OK);
  } catch {
    throw new CliError(`cannot read log directory: ${dir}`);
  }
  return realpathSync(abs);
}

function existingDir(p: string): string | null {
  try {
    if (!statSync(p).isDirectory()) return null;
    accessSync(p, constants.R_OK | constants.X_OK);
    return realpathSync(p);
  } catch {
    return null;
  }
}

/**
 * `--logs` dirs when given; else every default that exists, in the order
 * ./.massgen/massgen_logs, $MASSGEN_LOG_BASE_DIR, ~/.massgen/massgen_logs
 * (FORMAT.md §1.1); else (or with --demo) the bundled demo logs.
 */
export function chooseRoots(
  opts: { logs: string[]; demo: boolean },
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
  home = os.homedir(),
): RootChoice {
  if (opts.demo) return demoChoice([]);
  if (opts.logs.length > 0) {
    return { roots: [...new Set(opts.logs.map((d) => checkRoot(d, cwd, home)))], demo: false, searched: [] };
  }
  const searched = [
    path.join(cwd, ".massgen", "massgen_logs"),
    ...(env.MASSGEN_LOG_BASE_DIR ? [path.resolve(cwd, expandHome(env.MASSGEN_LOG_BASE_DIR, home))] : []),
    path.join(home, ".massgen", "massgen_logs"),
  ];
  const roots = [...new Set(searched.map(existingDir).filter((r) => r !== null))];
  return roots.length > 0 ? { roots, demo: false, searched } : demoChoice(searched);
}

function demoChoice(searched: string[]): RootChoice {
  const demo = demoRoot();
  if (!demo) throw new CliError("the bundled demo logs are missing from this installation");
  return { roots: [realpathSync(demo)], demo: true, searched };
}
