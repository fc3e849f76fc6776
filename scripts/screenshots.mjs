#!/usr/bin/env node
// `npm run screenshots`: serve the demo logs with the built CLI and save PNGs of
// the main views to docs/screenshots/ (the README's images). Needs Debian's
// chromium at /usr/bin/chromium (or CHROMIUM_PATH) and `npm run build` first.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.resolve(process.argv[2] ?? path.join(repo, "docs", "screenshots"));
const port = process.env.SHOT_PORT ?? "4690";
const run = "/runs/log_20251225_204406_076604/turn/1/attempt/1";
const views = [
  ["runs-list", "/"],
  ["run-overview", run],
  ["run-coordination", `${run}?tab=coordination`],
  ["run-votes", `${run}?tab=votes`],
  ["run-answers", `${run}?tab=answers`],
  ["run-traces", `${run}?tab=traces`],
  ["run-config", `${run}?tab=config`],
  ...(process.env.SHOT_EXTRA ?? "").split(",").filter(Boolean).map((p, i) => [`extra-${i + 1}`, p]),
];

const server = spawn(process.execPath, [path.join(repo, "bin", "massgen-dash.mjs"), "--demo", "--no-open", "--port", port], {
  stdio: ["ignore", "pipe", "inherit"],
});
const base = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => {
    out += d;
    const m = out.match(/http:\/\/[^\s]+/);
    if (m) resolve(m[0].replace(/\/$/, ""));
  });
  server.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
});

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
  for (const [name, url] of views) {
    await page.goto(base + url, { waitUntil: "networkidle" });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: process.env.SHOT_FULL === "1" });
    console.log(`${name}.png  ${url}`);
  }
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
