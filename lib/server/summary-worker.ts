import "server-only";
import { parentPort } from "node:worker_threads";
import { type LogJob, scanLog } from "./summary-log";

/**
 * Entry of a summary worker thread (bundled to dist/summary-worker.mjs by
 * scripts/build.mjs): discovers and summarizes batches of log dirs for the
 * cold scan. Reads here are synchronous (summary-fs.ts); parsing runs beside
 * the main thread.
 */
parentPort?.on("message", async (msg: { batch: number; jobs: LogJob[] }) => {
  const out = [];
  for (const j of msg.jobs) out.push(await scanLog(j));
  parentPort?.postMessage({ batch: msg.batch, scans: out });
});
