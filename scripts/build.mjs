#!/usr/bin/env node
// `npm run build`: next build, then assemble dist/ (STYLE.md packaging facts):
//   dist/standalone/   Next's standalone output + .next/static + public/
//   dist/cli.mjs       the CLI and our guarded server entry (esbuild bundle)
//   dist/summary-worker.mjs  the cold scan's worker thread (esbuild bundle)
//   dist/demo/         the bundled demo logs
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const step = (msg) => console.log(`\n▸ ${msg}`);

step("next build");
const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
const r = spawnSync(process.execPath, [nextBin, "build"], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (r.status !== 0) process.exit(r.status ?? 1);

const standaloneSrc = join(root, ".next", "standalone");
if (!existsSync(join(standaloneSrc, "server.js"))) {
  console.error("build: .next/standalone/server.js is missing; is output: \"standalone\" set in next.config.ts?");
  process.exit(1);
}

step("assemble dist/");
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const standalone = join(dist, "standalone");
// dereference: npm pack drops symlinks, so the package must hold real files.
cpSync(standaloneSrc, standalone, { recursive: true, dereference: true });
cpSync(join(root, ".next", "static"), join(standalone, ".next", "static"), { recursive: true });
if (existsSync(join(root, "public"))) cpSync(join(root, "public"), join(standalone, "public"), { recursive: true });
// Our own server entry replaces server.js (it guards every request), so do not ship the generated one.
rmSync(join(standalone, "server.js"), { force: true });
cpSync(join(root, "demo", "massgen_logs"), join(dist, "demo", "massgen_logs"), { recursive: true });

step("bundle dist/cli.mjs and dist/summary-worker.mjs");
const emptyModule = join(root, "dist", ".empty.mjs");
writeFileSync(emptyModule, "export {};\n");
const bundle = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // `server-only` throws outside React Server Components; the CLI is plain Node.
  alias: { "server-only": emptyModule },
  tsconfig: join(root, "tsconfig.json"),
  // Bundled CommonJS deps (commander) call require(); give ESM one.
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
  legalComments: "none",
  logLevel: "warning",
};
await build({
  ...bundle,
  entryPoints: [join(root, "lib", "cli", "index.ts")],
  outfile: join(dist, "cli.mjs"),
  // Next is resolved at run time from dist/standalone/node_modules (lib/cli/next-handler.ts).
  external: ["next"],
});
// The cold scan's worker threads (lib/server/summary-pool.ts looks for it beside dist/cli.mjs).
await build({ ...bundle, entryPoints: [join(root, "lib", "server", "summary-worker.ts")], outfile: join(dist, "summary-worker.mjs") });
rmSync(emptyModule);
console.log(`\n✓ dist/ ready: node bin/massgen-dash.mjs`);
