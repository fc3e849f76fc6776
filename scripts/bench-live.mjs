#!/usr/bin/env node
// `npm run bench:live` (issue 5): the live simulator (lib/cli/live-sim.ts, the
// one behind `massgen-dash demo --live`) writes runs into a root that already
// holds 2,000 idle logs, served by the built CLI; headless Chromium watches a
// run page and the runs list. Prints write → visible-on-page latency (p50, p95,
// max) per kind of write, the server's idle CPU over 60 s and its RSS at the
// start and end of a live run of BENCH_LIVE_MINUTES (default 10) at speed 10.
// Numbers only, no assertions. Needs `npm run build`.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { build } from "esbuild";
import { generateTree } from "./gen-tree.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const LOGS = Number(process.env.BENCH_LOGS ?? 2000);
const MINUTES = Number(process.env.BENCH_LIVE_MINUTES ?? 10);
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 60);
const SPEED = 10;
// writes made while the run page was still loading are not measured (the page is not there yet)
const SETTLE_MS = 2000;
const tmp = mkdtempSync(join(os.tmpdir(), "massgen-dash-bench-live-"));
const root = join(tmp, "massgen_logs");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const TEMPLATE = join(repo, "demo", "massgen_logs", "log_20251225_204406_076604", "turn_1", "attempt_1");
const ACTIVITY = { round_start: "working", tool_start: "tool", thinking: "thinking", text: "writing", answer_submitted: "answered", vote: "voted" };

const cpuTicks = (pid) => readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ").slice(11, 13).reduce((a, b) => a + Number(b), 0);
const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  process.stdout.write(`Generating ${LOGS} idle log dirs … `);
  generateTree(root, LOGS);
  console.log("done.");
  const sim = join(tmp, "live-sim.mjs");
  await build({ entryPoints: [join(repo, "lib", "cli", "live-sim.ts")], outfile: sim, bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "warning" });
  const { runSimulation } = await import(pathToFileURL(sim).href);

  const port = 47000 + Math.floor(Math.random() * 1000);
  const server = spawn(process.execPath, [join(repo, "bin", "massgen-dash.mjs"), "--no-open", "--port", String(port), "--logs", root], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, XDG_CACHE_HOME: join(tmp, "cache") },
  });
  await new Promise((resolve) => server.stdout.on("data", (d) => String(d).includes("Indexed ") && resolve()));
  const url = `http://127.0.0.1:${port}`;
  await sleep(5000);
  const c0 = cpuTicks(server.pid);
  await sleep(IDLE_S * 1000);
  const idleCpu = ((cpuTicks(server.pid) - c0) / 100 / IDLE_S) * 100;

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const seen = [];
  const watch = async (page) => {
    await page.exposeFunction("__report", (t, s) => seen.push({ t, s: JSON.parse(s) }));
    await page.addInitScript(() => {
      const snap = () => {
        const panel = document.querySelector('[data-testid="live-run-panel"]');
        const agents = Object.fromEntries([...document.querySelectorAll('[data-testid="live-agent"]')].map((a) => [a.dataset.agent, a.dataset.activity]));
        const rows = [...document.querySelectorAll('[data-testid="runs-row"]')].map((r) => r.dataset.logId);
        return JSON.stringify({ updated: panel?.dataset.lastUpdated ?? null, answers: panel?.dataset.answers ?? null, votes: panel?.dataset.votes ?? null, agents, rows, winner: document.querySelector('[data-testid="run-header"]')?.textContent?.includes("agent_c") ?? false });
      };
      let last = "";
      new MutationObserver(() => {
        const s = snap();
        if (s !== last) window.__report(Date.now(), (last = s));
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  };
  const listPage = await browser.newPage();
  await watch(listPage);
  await listPage.goto(`${url}/`);
  const runPage = await browser.newPage();
  await watch(runPage);

  const writes = [];
  const newDirs = [];
  const rss0 = rssMb(server.pid);
  const until = Date.now() + MINUTES * 60_000;
  let first = true;
  let rssWarm = rss0;
  while (first || Date.now() < until) {
    const started = Date.now();
    const before = new Set(readdirSync(root));
    const runP = runSimulation({
      templateRun: TEMPLATE,
      root,
      speed: SPEED,
      onWrite: (w) => first && writes.push({ ...w, t: Date.now() }),
    });
    // the log dir exists as soon as the simulation starts: every replay's is timed to its row in the list
    let name;
    while (!(name = readdirSync(root).find((n) => !before.has(n)))) await sleep(20);
    newDirs.push({ kind: "newdir", detail: name, t: started });
    if (first) {
      // open its page as soon as it is indexed
      await sleep(300);
      await runPage.goto(`${url}/runs/${name}/turn/1/attempt/1?tab=votes`);
      writes.push({ kind: "newdir", detail: name, t: started });
    }
    await runP;
    if (first) rssWarm = rssMb(server.pid);
    first = false;
    await sleep(2000);
  }
  const rss1 = rssMb(server.pid);
  await browser.close();
  server.kill("SIGTERM");

  const lat = { status: [], event: [], snapshot: [], newdir: [], winner: [] };
  let answers = 0;
  let votes = 0;
  const pageOpenAt = writes.find((w) => w.kind === "newdir")?.t ?? 0;
  const slowest = [];
  const lastActivity = new Map();
  for (const [i, w] of writes.entries()) {
    let ok = null;
    if (w.kind === "newdir") ok = (s) => s.rows.includes(w.detail);
    else if (w.kind === "status") ok = (s) => s.updated !== null && Number(s.updated) >= Number(w.detail) - 1e-6;
    else if (w.kind === "snapshot") {
      // an answer or vote dir: the panel's count goes up once its answer.txt / vote.json is there
      const isVote = existsSync(join(TEMPLATE, w.detail, "vote.json"));
      const want = isVote ? ++votes : ++answers;
      ok = (s) => Number(isVote ? s.votes : s.answers) >= want;
    } else if (w.kind === "event") {
      // an agent's activity (events.jsonl line) when it changes what the page shows (a second "text" in a row
      // changes nothing, so no page change marks when it arrived), unless the agent's next event replaces it within 500 ms
      const [type, agent] = w.detail.split(":");
      const shown = agent ? lastActivity.get(agent) : undefined;
      if (ACTIVITY[type] && agent) lastActivity.set(agent, ACTIVITY[type]);
      const next = writes.slice(i + 1).find((x) => x.kind === "event" && x.detail.split(":")[1] === agent && ACTIVITY[x.detail.split(":")[0]]);
      if (ACTIVITY[type] && agent && shown !== ACTIVITY[type] && (!next || next.t - w.t > 500)) ok = (s) => s.agents[agent] === ACTIVITY[type];
    }
    // writes before the run page settled (SETTLE_MS after it opened) are not measured, except the new dir itself
    if (!ok || (w.kind !== "newdir" && w.t < pageOpenAt + SETTLE_MS)) continue;
    const hit = seen.find((x) => x.t >= w.t - 5 && ok(x.s));
    if (hit) {
      lat[w.kind].push(Math.max(0, hit.t - w.t));
      slowest.push({ ms: Math.max(0, hit.t - w.t), what: `${w.kind} ${w.detail}`, at: w.t - pageOpenAt });
    }
  }
  // the new dirs of the later replays (the first one is in `writes`)
  for (const w of newDirs.slice(1)) {
    const hit = seen.find((x) => x.t >= w.t - 5 && x.s.rows.includes(w.detail));
    if (hit) lat.newdir.push(Math.max(0, hit.t - w.t));
  }
  const winnerWrite = writes.find((w) => w.kind === "event" && w.detail.startsWith("final_presentation_start"));
  const winnerHit = winnerWrite && seen.find((x) => x.t >= winnerWrite.t && x.s.winner);
  if (winnerHit) lat.winner.push(winnerHit.t - winnerWrite.t);

  const all = Object.values(lat).flat().sort((a, b) => a - b);
  console.log(`\nmassgen-dash bench:live: ${LOGS} idle logs, speed ${SPEED}, ${os.cpus().length} cores, Node ${process.version}\n`);
  const line = (label, xs) => {
    const s = [...xs].sort((a, b) => a - b);
    console.log(`${label.padEnd(30)} n=${String(s.length).padStart(3)}  p50 ${s.length ? pct(s, 50).toFixed(0) : "—"} ms  p95 ${s.length ? pct(s, 95).toFixed(0) : "—"} ms  max ${s.length ? s.at(-1).toFixed(0) : "—"} ms`);
  };
  line("status.json → page", lat.status);
  line("events.jsonl line → page", lat.event);
  line("snapshot dir → page", lat.snapshot);
  line("winner → header", lat.winner);
  line("new log dir → list", lat.newdir);
  line("all writes (target p95 ≤ 300)", all);
  console.log(`slowest: ${slowest.sort((a, b) => b.ms - a.ms).slice(0, 3).map((x) => `${x.what} ${x.ms} ms (${(x.at / 1000).toFixed(1)} s in)`).join("; ")}`);
  console.log(`idle CPU over ${IDLE_S} s`.padEnd(30), `${idleCpu.toFixed(2)} % of a core (target ≤ 2 %)`);
  // "start" is after the first replay: the first renders load the route modules once (not growth)
  console.log(`RSS idle / after 1st run`.padEnd(30), `${rss0.toFixed(0)} MB / ${rssWarm.toFixed(0)} MB`);
  console.log(`RSS 1st run → end of ${MINUTES} min`.padEnd(30), `${rssWarm.toFixed(0)} MB → ${rss1.toFixed(0)} MB (${(((rss1 - rssWarm) / rssWarm) * 100).toFixed(1)} %, target ≤ 10 %)`);
}

main()
  .catch((e) => {
    console.error(`bench:live: ${e.stack ?? e}`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(tmp, { recursive: true, force: true }));
