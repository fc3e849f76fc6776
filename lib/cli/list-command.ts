import { scanRoots, toSortedSummaries } from "@/lib/server/scan";
import { CliError } from "./cli-error";
import { type AnalyzedFilter, filterLogs, listDocument } from "./list-json";
import { renderTable } from "./list-table";
import { chooseRoots } from "./roots";

export interface ListOptions {
  logs: string[];
  demo?: boolean;
  analyzed?: boolean;
  unanalyzed?: boolean;
  limit?: string;
  json?: boolean;
}

/** Same default as `massgen logs list` for the table; --json lists everything unless limited. */
const TABLE_LIMIT = 10;

function parseLimit(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (!/^[0-9]+$/.test(s) || Number(s) < 1) throw new CliError(`--limit must be a positive integer, got "${s}"`);
  return Number(s);
}

/** In-process: the same walker, run-source and model as the server, no server started. */
export async function runList(opts: ListOptions, out: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  if (opts.analyzed && opts.unanalyzed) throw new CliError("--analyzed and --unanalyzed cannot be used together");
  const filter: AnalyzedFilter = opts.analyzed ? "analyzed" : opts.unanalyzed ? "unanalyzed" : "all";
  const limit = parseLimit(opts.limit);
  const choice = chooseRoots({ logs: opts.logs, demo: opts.demo ?? false });
  if (choice.demo && !opts.demo) process.stderr.write(`massgen-dash: no MassGen logs found (looked in ${choice.searched.join(", ")}); listing the bundled demo logs\n`);
  const scan = await scanRoots(choice.roots);
  const all = toSortedSummaries(scan.logs);
  if (opts.json) {
    out(`${JSON.stringify(listDocument(choice.roots, filterLogs(all, filter, limit)), null, 2)}\n`);
  } else {
    const filtered = filterLogs(all, filter, null);
    out(renderTable(filtered.slice(0, limit ?? TABLE_LIMIT), filter, filtered.length));
  }
  // printed first: the summary cache for the next run is written after
  await scan.cacheSaved;
}
