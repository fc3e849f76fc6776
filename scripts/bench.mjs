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
// Every process of the bench keeps its summary cache here, never in the user's ~/.cache.
const cacheHome = join(tmp, "cache");
const ms = (x) => `${x.toFixed(0)} ms`;
const row = (label, value, target) => console.log(`${label.padEnd(34)} ${String(value).padStart(10)}   (target ${target})`);

async function main() {
  process.stdout.write(`Generating ${LOGS} log dirs in ${root} … `);
  const { files } = generateTree(root, LOGS);
  console.log(`${files} files.`);
  // The logs were written before the dashboard starts: flush the generator's writes, so the
  // kernel's writeback of 100k new files does not run during the measurement.
  spawnSync("sync", [], { stdio: "ignore" });
  // Warm the page cache once, as on a machine where the logs were just written.
  spawnSync("find", [root, "-maxdepth", "3"], { stdio: "ignore" });
  // The summary cache skips files changed in the last 5 s (they may still be
  // changing); let the just-written tree settle so the warm run can use it.
  await new Promise((r) => setTimeout(r, 5500));

  const probe = join(tmp, "probe.mjs");
  // The summary worker goes beside the probe, where lib/server/summary-pool.ts looks for it (as beside dist/cli.mjs).
  await build({
    entryPoints: { probe: join(repo, "scripts", "bench-probe.mjs"), "summary-worker": join(repo, "lib", "server", "summary-worker.ts") },
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: join(repo, "tsconfig.json"),
    alias: { "server-only": join(repo, "tests", "support", "server-only-stub.ts") },
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
    logLevel: "warning",
  });
  // Cold: an empty summary cache. Warm: a restart that finds the cache the cold run wrote.
  // The new-dir test writes hard links to the template files, which changes their ctime
  // and so invalidates the cache: it runs last, in the warm process.
  const runProbe = (...extra) => {
    const out = spawnSync(process.execPath, ["--expose-gc", probe, root, String(LOGS), pathToFileURL(join(repo, "scripts", "gen-tree.mjs")).href, ...extra], {
      encoding: "utf8",
      env: { ...process.env, UV_THREADPOOL_SIZE: "16", XDG_CACHE_HOME: cacheHome },
    });
    if (out.status !== 0) throw new Error(`probe failed: ${out.stderr}`);
    return JSON.parse(out.stdout.trim().split("\n").pop());
  };
  const cold = runProbe("--no-new-dir");
  const warm = runProbe();
  console.log(`\nmassgen-dash bench: ${cold.logs} logs, ${files} files, ${os.cpus().length} cores, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
  row("cold index (no summary cache)", ms(cold.coldMs), "≤ 2000 ms");
  row("  CPU time, all threads", ms(cold.cpuMs), "—");
  row("warm index (summary cache)", ms(warm.coldMs), "—");
  row("  CPU time, all threads", ms(warm.cpuMs), "—");
  row("RSS after cold index", `${cold.rssMb.toFixed(0)} MB`, "≤ 250 MB");
  row("inotify watches", cold.watches, "≤ 5000");
  row("new log dir seen", ms(warm.newDirMs), "≤ 200 ms");

  if (!existsSync(cli)) {
    console.log("\n(dist/cli.mjs missing: run `npm run build` for the list --json and server numbers)");
    return;
  }
  const t0 = performance.now();
  const list = spawnSync(process.execPath, [cli, "list", "--json", "--logs", root], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, XDG_CACHE_HOME: join(tmp, "list-cache") },
  });
  const listMs = performance.now() - t0;
  if (list.status !== 0) throw new Error(`list failed: ${list.stderr}`);
  row("list --json (whole process, cold)", ms(listMs), "—");
  row("list page GET / (median of 5)", ms(await timeServer()), "≤ 150 ms");
}

async function timeServer() {
  const port = 46000 + Math.floor(Math.random() * 1000);
  const child = spawn(process.execPath, [cli, "--no-open", "--port", String(port), "--logs", root], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
  });
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
