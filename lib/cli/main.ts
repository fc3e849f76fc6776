import { Command, CommanderError, Option } from "commander";
import pkg from "../../package.json";
import { CliError, errorLine } from "./cli-error";
import { registerDemoCommand } from "./demo";
import { runList } from "./list-command";
import { registerExportCommand } from "./export";
import { registerReportCommand } from "./report";
import { runServe } from "./serve";

/**
 * argv → validated options → (serve) env for the built server, or (list) an
 * in-process scan. Every expected failure is one line on stderr + exit 1.
 */
const collect = (v: string, acc: string[]) => [...acc, v];

function program(): Command {
  const p = new Command("massgen-dash")
    .description("Local dashboard for MassGen multi-agent experiment logs")
    .version(pkg.version, "-v, --version")
    .enablePositionalOptions()
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(`massgen-dash: ${s.replace(/^error: /, "").trim()}\n`) })
    .option("--host <host>", "interface to bind", "127.0.0.1")
    .option("--port <port>", "port (the next free one when taken)", "4545")
    .option("--logs <dir>", "MassGen log root (repeatable); default: ./.massgen/massgen_logs, $MASSGEN_LOG_BASE_DIR, ~/.massgen/massgen_logs", collect, [])
    .option("--demo", "serve the bundled demo logs")
    .option("--no-open", "do not open a browser")
    .addOption(
      new Option("--token <token>", "require this token (16+ of A-Z a-z 0-9 _ -); needed to bind a non-loopback host").env("MASSGEN_DASH_TOKEN"),
    )
    .option("--unsafe-no-auth", "allow binding a non-loopback host without authentication")
    .action(async (o) => runServe(o));
  p.command("list")
    .description("list runs like `massgen logs list` (runs in-process, no server)")
    .option("--logs <dir>", "MassGen log root (repeatable)", collect, [])
    .option("--demo", "list the bundled demo logs")
    .option("--analyzed", "only logs with an ANALYSIS_REPORT.md")
    .option("--unanalyzed", "only logs without one")
    .option("--limit <n>", "at most N logs (table default: 10)")
    .option("--json", "print one JSON document (stable contract, see README)")
    .action(async (o) => runList(o));
  registerReportCommand(p);
  registerExportCommand(p);
  registerDemoCommand(p);
  return p;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await program().parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    process.stderr.write(`massgen-dash: ${errorLine(e)}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
}
