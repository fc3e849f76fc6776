import os from "node:os";
import path from "node:path";
import type { Command } from "commander";
import pkg from "../../package.json";
import { CliError } from "./cli-error";
import { chooseTurn } from "./report";

/**
 * `massgen-dash export`: one turn as a static page that opens from file://
 * with no server (issue 7 "Static share bundle"). Same turn choice as
 * `report`; same view models as the run page (lib/export/).
 */
export interface ExportOptions {
  logs: string[];
  logDir?: string;
  turn?: string;
  out: string;
  zip?: boolean;
  maxFileMb?: string;
}

const collect = (v: string, acc: string[]) => [...acc, v];
const DEFAULT_MAX_MB = 5;

export function registerExportCommand(program: Command): void {
  program
    .command("export")
    .description("write one turn as a self-contained static page (opens from file://, no server)")
    .option("--logs <dir>", "MassGen log root (repeatable)", collect, [])
    .option("--log-dir <path>", "the log_… session dir (default: the latest log)")
    .option("--turn <n>", "turn number (default: the latest turn)")
    .requiredOption("--out <dir>", "directory to write the bundle into")
    .option("--zip", "write one .zip archive instead of loose files")
    .option("--max-file-mb <n>", `size limit per written file in MB (default ${DEFAULT_MAX_MB})`)
    .action(async (o: ExportOptions) => runExport(o));
}

function parseMaxBytes(s: string | undefined): number {
  if (s === undefined) return DEFAULT_MAX_MB * 1024 * 1024;
  if (!/^[0-9]+(\.[0-9]+)?$/.test(s) || Number(s) <= 0) throw new CliError(`--max-file-mb must be a positive number, got "${s}"`);
  return Math.round(Number(s) * 1024 * 1024);
}

const kb = (n: number) => (n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(2)} MB`);

export async function runExport(opts: ExportOptions, out: (s: string) => void = (s) => process.stdout.write(s), nowMs = Date.now()): Promise<void> {
  const maxBytes = parseMaxBytes(opts.maxFileMb);
  const outDir = path.resolve(process.cwd(), opts.out.replace(/^~(?=$|\/)/, os.homedir()));
  const { root, logName, turn } = await chooseTurn(opts);
  // React's production build: the dev one is slower and warns on stderr. Set before the import below
  // loads react-dom/server (on demand: only `export` needs it and the markdown stack, not every CLI start).
  (process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
  const { exportTurn } = await import("@/lib/export/export-turn");
  const result = await exportTurn({ root, logName, turn, outDir, zip: opts.zip ?? false, maxBytes, generator: `massgen-dash ${pkg.version}`, nowMs });
  out(`exported ${logName}${turn === null ? "" : ` turn ${turn}`} (size limit per file: ${kb(maxBytes)})\n`);
  for (const w of result.written) out(`  ${kb(w.bytes).padStart(9)}  ${w.path}\n`);
  for (const t of result.trimmed) out(`  trimmed: ${t}\n`);
  if (result.secretsScrubbed) out(`  ${result.secretsScrubbed} occurrence(s) of config secrets replaced by [redacted]\n`);
  if (result.refused.length) throw new CliError(`not written: ${result.refused.join("; ")}`);
  if (!opts.zip) out(`open ${path.join(outDir, "index.html")} in a browser (no server needed)\n`);
}
