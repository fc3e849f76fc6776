import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listLogDirs } from "@/lib/server/discover";
import type { LogJob } from "@/lib/server/summary-log";
import { SummaryPool } from "@/lib/server/summary-pool";
import { FIXTURE_ROOT } from "./helpers";

/**
 * The cold scan's worker threads read synchronously (summary-fs.ts) while the
 * main thread reads through libuv: both must give the very same index.
 */
const repo = path.resolve(__dirname, "../../..");
const BROKEN_ROOT = path.join(repo, "tests/fixtures/broken");
let dir: string;
let workerFile: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "mgd-pool-"));
  workerFile = path.join(dir, "summary-worker.mjs");
  await build({
    entryPoints: [path.join(repo, "lib/server/summary-worker.ts")],
    outfile: workerFile,
    bundle: true,
    platform: "node",
    format: "esm",
    tsconfig: path.join(repo, "tsconfig.json"),
    alias: { "server-only": path.join(repo, "tests/support/server-only-stub.ts") },
    banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
    logLevel: "warning",
  });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("SummaryPool", () => {
  it("gives the same log scans and cache fingerprints on worker threads as on the main thread", async () => {
    const nowMs = Date.now();
    const jobs: LogJob[] = [];
    for (const root of [FIXTURE_ROOT, BROKEN_ROOT]) {
      for (const d of await listLogDirs(root)) jobs.push({ root, rootReal: root, name: d.name, nowMs, cache: {} });
    }
    expect(jobs.length).toBeGreaterThan(5);
    const local = await SummaryPool.create(jobs.length, { file: null });
    const threaded = await SummaryPool.create(jobs.length, { file: workerFile, minJobs: 0 });
    try {
      expect(local.threaded).toBe(false);
      expect(threaded.threaded).toBe(os.availableParallelism() >= 2);
      const [a, b] = await Promise.all([local.scan(jobs), threaded.scan(jobs)]);
      expect(b).toEqual(a);
      expect(a.filter(Boolean).length).toBeGreaterThan(5);
      // what the summary cache keeps is fingerprinted after the scan, on the same threads
      const lists = a.flatMap((s) => Object.values(s?.touched ?? {}));
      expect(lists.length).toBeGreaterThan(5);
      const [fa, fb] = await Promise.all([local.fingerprint(lists), threaded.fingerprint(lists)]);
      expect(fb).toEqual(fa);
      expect(fa.every((d) => d !== null && d.length > 0)).toBe(true);
    } finally {
      await Promise.all([local.close(), threaded.close()]);
    }
  });

  it("reports every finished slice once, in either mode, while it scans", async () => {
    const nowMs = Date.now();
    const jobs: LogJob[] = [];
    for (const root of [FIXTURE_ROOT, BROKEN_ROOT]) for (const d of await listLogDirs(root)) jobs.push({ root, rootReal: root, name: d.name, nowMs });
    for (const file of [null, workerFile]) {
      const pool = await SummaryPool.create(jobs.length, { file, minJobs: 0 });
      const seen = new Array<number>(jobs.length).fill(0);
      try {
        const all = await pool.scan(jobs, (start, scans) => {
          scans.forEach((s, i) => {
            seen[start + i] = (seen[start + i] ?? 0) + 1;
            expect(s?.log.name ?? null).toBe(s ? jobs[start + i]?.name : null);
          });
        });
        expect(seen.every((n) => n === 1)).toBe(true);
        expect(all.length).toBe(jobs.length);
      } finally {
        await pool.close();
      }
    }
  });

  it("falls back to this thread when a worker cannot start", async () => {
    const bad = path.join(dir, "missing-worker.mjs");
    const pool = await SummaryPool.create(1, { file: bad, minJobs: 0 });
    const [name] = (await listLogDirs(FIXTURE_ROOT)).map((d) => d.name);
    try {
      const [scan] = await pool.scan([{ root: FIXTURE_ROOT, rootReal: FIXTURE_ROOT, name: name ?? "", nowMs: Date.now() }]);
      expect(scan?.log.name).toBe(name);
      expect(pool.threaded).toBe(false);
    } finally {
      await pool.close();
    }
  });
});
