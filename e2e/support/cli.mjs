// Helpers shared by e2e tests and the webServer script: copy fixtures to a temp
// dir (the product must never write into them, but tests must not risk the
// committed tree) and start the built CLI.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const cliPath = path.join(repoRoot, "bin", "massgen-dash.mjs");

// The CLI keeps a summary cache in $XDG_CACHE_HOME; tests must never touch the user's.
const cacheHome = mkdtempSync(path.join(tmpdir(), "massgen-dash-e2e-cache-"));
export const testEnv = (extra = {}) => ({ ...process.env, XDG_CACHE_HOME: cacheHome, ...extra });

/** Copy the named fixture trees (under tests/fixtures) into one fresh temp dir each. */
export function copyFixtures(names) {
  const base = mkdtempSync(path.join(tmpdir(), "massgen-dash-e2e-"));
  return names
    .filter((name) => existsSync(path.join(repoRoot, "tests", "fixtures", name)))
    .map((name) => {
      const dest = path.join(base, name);
      cpSync(path.join(repoRoot, "tests", "fixtures", name), dest, { recursive: true });
      return dest;
    });
}

/** Run the CLI to completion; resolves with exit code and output. */
export function runCli(args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: opts.cwd ?? repoRoot, env: testEnv(opts.env) });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Start `massgen-dash` serving; resolves once it printed its URL. */
export function startServer(args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, "--no-open", ...args], {
      cwd: opts.cwd ?? repoRoot,
      env: testEnv(opts.env),
    });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 30_000);
    const onData = (d) => {
      out += d;
      const m = out.match(/https?:\/\/[^\s]+/);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[0].replace(/\/$/, ""), child, output: () => out, stop: () => child.kill("SIGTERM") });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}
