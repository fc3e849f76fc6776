#!/usr/bin/env node
// `npm run bench`: generate a synthetic tree (2,000 log dirs, ~100k files, agent
// workspaces with node_modules) in a temp dir and print the issue #2 numbers.
// Numbers only, no assertions. Needs `npm run build` for the server numbers.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { generateTree } from "./gen-tree.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const LOGS = Number(process.env.BENCH_LOGS ?? 2000);
const tmp = mkdtempSync(join(os.tmpdir(), "massgen-dash-bench-"));
const root = join(tmp, "massgen_logs");
const cli = join(repo, "dist", "cli.mjs");
const ms = (x) => `${x.toFixed(0)} ms`;
const row = (label, value, target) => console.log(`${label.padEnd(34)} ${String(value).padStart(10)}   (target ${target})`);

async function main() {
  process.stdout.write(`Generating ${LOGS} log dirs in ${root} … `);
  const { files } = generateTree(root, LOGS);
  console.log(`${files} files.`);
  // Warm the page cache once, as on a machine where the logs were just written.
  spawnSync("find", [root, "-maxdepth", "3"], { stdio: "ignore" });

  const probe = join(tmp, "probe.mjs");
  await build({
    entryPoints: [join(repo, "scripts", "bench-probe.mjs")],
    outfile: probe,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: join(repo, "tsconfig.json"),
    alias: { "server-only": join(repo, "tests", "support", "server-only-stub.ts") },
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
    logLevel: "warning",
  });
  const out = spawnSync(process.execPath, ["--expose-gc", probe, root, String(LOGS), pathToFileURL(join(repo, "scripts", "gen-tree.mjs")).href], { encoding: "utf8", env: { ...process.env, UV_THREADPOOL_SIZE: "16" } });
  if (out.status !== 0) throw new Error(`probe failed: ${out.stderr}`);
  const p = JSON.parse(out.stdout.trim().split("\n").pop());
  console.log(`\nmassgen-dash bench: ${p.logs} logs, ${files} files, ${os.cpus().length} cores, Node ${process.version}\n`);
  row("cold index", ms(p.coldMs), "≤ 2000 ms");
  row("RSS after index", `${p.rssMb.toFixed(0)} MB`, "≤ 250 MB");
  row("inotify watches", p.watches, "≤ 5000");
  row("new log dir seen", ms(p.newDirMs), "≤ 200 ms");

  if (!existsSync(cli)) {
    console.log("\n(dist/cli.mjs missing: run `npm run build` for the list --json and server numbers)");
    return;
  }
  const t0 = performance.now();
  const list = spawnSync(process.execPath, [cli, "list", "--json", "--logs", root], { encoding: "utf8", maxBuffer: 1 << 30 });
  const listMs = performance.now() - t0;
  if (list.status !== 0) throw new Error(`list failed: ${list.stderr}`);
  row("list --json (whole process)", ms(listMs), "—");
  row("list page GET / (median of 5)", ms(await timeServer()), "≤ 150 ms");
}

async function timeServer() {
  const port = 46000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, [cli, "--no-open", "--port", String(port), "--logs", root], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    await new Promise((resolve, reject) => {
      // Wait for the cold scan to finish: the target is the page time of a ready index.
      child.stdout.on("data", (d) => String(d).includes("Indexed ") && resolve());
      child.once("exit", (c) => reject(new Error(`server exited with ${c}`)));
    });
    const url = `http://127.0.0.1:${port}/`;
    for (let i = 0; i < 2; i++) await fetch(url).then((r) => r.text());
    const times = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const r = await fetch(url);
      await r.text();
      if (!r.ok) throw new Error(`GET / → ${r.status}`);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[2];
  } finally {
    child.kill("SIGTERM");
  }
}

main()
  .catch((e) => {
    console.error(`bench: ${e.message}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(tmp, { recursive: true, force: true }));
