// In-process half of `npm run bench` (bundled by bench.mjs with esbuild): cold
// index time, RSS, inotify watches, and the time for a new log dir to appear.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { IndexStore } from "../lib/server/index-store.ts";

const [root, nextIndex, genTreeUrl, flag] = process.argv.slice(2);
// Loaded at run time, not bundled: gen-tree.mjs locates the fixtures relative to itself.
const { logName, TEMPLATE_LOG, writeLog } = await import(genTreeUrl);

/** inotify watches held by this process: "inotify wd:" lines in /proc/self/fdinfo of inotify fds. */
function inotifyWatches() {
  let n = 0;
  for (const fd of readdirSync("/proc/self/fd")) {
    let link = "";
    try {
      link = readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      continue;
    }
    if (link !== "anon_inode:inotify") continue;
    n += readFileSync(`/proc/self/fdinfo/${fd}`, "utf8").split("\n").filter((l) => l.startsWith("inotify wd:")).length;
  }
  return n;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const store = new IndexStore({ roots: [root], demo: false, host: "127.0.0.1", port: 0, token: null, watch: "native" });
await store.ready;
const coldMs = performance.now() - t0;
// CPU of all threads (main + summary workers): on a shared machine a steadier figure than wall time
const { user, system } = process.cpuUsage(cpu0);
const cpuMs = (user + system) / 1000;
const logs = store.getView().logs.length;
// chokidar finishes its own initial walk after the index is ready: wait for the watch count to settle.
let watches = -1;
for (let stable = 0; stable < 3; ) {
  await sleep(250);
  const w = inotifyWatches();
  stable = w === watches ? stable + 1 : 0;
  watches = w;
}
globalThis.gc?.();
const rssMb = process.memoryUsage().rss / 1024 / 1024;

if (flag === "--no-new-dir") {
  await store.close();
  console.log(JSON.stringify({ logs, coldMs, cpuMs, rssMb, watches, newDirMs: null }));
  process.exit(0);
}

const template = [];
(function walk(d) {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = `${d}/${e.name}`;
    if (e.isDirectory()) walk(p);
    else if (e.isFile()) template.push(p);
  }
})(TEMPLATE_LOG);
const name = logName(Number(nextIndex));
const appeared = new Promise((resolve) => {
  const off = store.subscribe(() => {
    const log = store.getView().logs.find((l) => l.name === name);
    if (log && log.turns[0]?.attempts.length) {
      off();
      resolve(performance.now());
    }
  });
});
const t1 = performance.now();
writeLog(root, name, template);
const newDirMs = (await Promise.race([appeared, sleep(10_000).then(() => NaN)])) - t1;
await store.close();
console.log(JSON.stringify({ logs, coldMs, cpuMs, rssMb, watches, newDirMs }));
process.exit(0);
