#!/usr/bin/env node
// Synthetic MassGen log tree for `npm run bench` (our own generator, not MassGen's):
// N G5 log dirs, each a copy of one committed fixture turn (hard links: real
// files to every reader, no extra disk), plus an agent workspace holding a
// node_modules tree, as agents leave behind (FORMAT.md §1.6).
import { linkSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
export const TEMPLATE_LOG = join(repo, "tests", "fixtures", "logs", "log_20260102_074142_518013");

function filesUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function pad(n, w) {
  return String(n).padStart(w, "0");
}

/** log_YYYYMMDD_HHMMSS_ffffff names, one minute apart, so names sort like real sessions. */
export function logName(i) {
  const d = new Date(Date.UTC(2025, 0, 1) + i * 60_000);
  return `log_${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}_${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}00_${pad(i, 6)}`;
}

const NODE_MODULES = ["left-pad/package.json", "left-pad/index.js", "left-pad/README.md", "lodash/package.json", "lodash/lodash.js", "lodash/fp/map.js", ".bin/tool"];

/** One log dir at `root/name` from the template; returns the number of files created. */
export function writeLog(root, name, templateFiles) {
  let n = 0;
  for (const f of templateFiles) {
    const dest = join(root, name, relative(TEMPLATE_LOG, f));
    mkdirSync(dirname(dest), { recursive: true });
    linkSync(f, dest);
    n++;
  }
  const ws = join(root, name, "turn_1", "attempt_1", "final", "agent_a", "workspace");
  for (const f of NODE_MODULES) {
    const dest = join(ws, "node_modules", f);
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, "module.exports = {};\n");
    n++;
  }
  return n;
}

export function generateTree(root, logs) {
  const template = filesUnder(TEMPLATE_LOG);
  let files = 0;
  for (let i = 0; i < logs; i++) files += writeLog(root, logName(i), template);
  return { files, template };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, count = "2000"] = process.argv.slice(2);
  if (!root) {
    console.error("usage: node scripts/gen-tree.mjs <dir> [logs]");
    process.exit(1);
  }
  mkdirSync(root, { recursive: true });
  const t0 = performance.now();
  const { files } = generateTree(root, Number(count));
  console.log(`${count} log dirs, ${files} files in ${root} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  statSync(root);
}
