import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the package's own files are. The CLI runs as dist/cli.mjs (built) or
 * from lib/cli/*.ts (tests), so both layouts are tried.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const candidatesDist = [here, path.resolve(here, "../../dist")];

function firstExisting(rel: string, bases: string[]): string | null {
  for (const b of bases) {
    const p = path.join(b, rel);
    if (existsSync(p)) return p;
  }
  return null;
}

/** The copied Next standalone output (scripts/build.mjs). */
export function standaloneDir(): string | null {
  return firstExisting("standalone", candidatesDist);
}

/** The bundled demo logs: dist/demo/massgen_logs, or demo/massgen_logs in a checkout. */
export function demoRoot(): string | null {
  return firstExisting("demo/massgen_logs", [...candidatesDist, path.resolve(here, "../..")]);
}
