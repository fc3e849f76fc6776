#!/usr/bin/env node
// Thin launcher: the CLI itself is bundled into dist/cli.mjs by scripts/build.mjs.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const pkgDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(pkgDir, "dist", "cli.mjs");
const buildScript = join(pkgDir, "scripts", "build.mjs");

if (!existsSync(cli)) {
  if (!existsSync(buildScript)) {
    console.error("massgen-dash: this installation is incomplete (dist/cli.mjs is missing); reinstall the package");
    process.exit(1);
  }
  // A source checkout (`npm ci && npx massgen-dash`): build once, then run.
  console.error("massgen-dash: no build found in this checkout; running `npm run build` once (about a minute)…");
  const r = spawnSync(process.execPath, [buildScript], { cwd: pkgDir, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0 || !existsSync(cli)) {
    console.error("massgen-dash: the build failed; see the output above");
    process.exit(1);
  }
}

await import(pathToFileURL(cli).href);
