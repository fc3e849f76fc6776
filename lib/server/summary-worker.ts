import "server-only";
import { parentPort } from "node:worker_threads";
import { fingerprint } from "./summary-cache";
import { scanLog } from "./summary-log";
import type { WorkerReply, WorkerRequest } from "./summary-pool";

/**
 * Entry of a summary worker thread (bundled to dist/summary-worker.mjs by
 * scripts/build.mjs): discovers and summarizes batches of log dirs for the
 * cold scan, then fingerprints what the summary cache keeps. Reads here are
 * synchronous (summary-fs.ts); parsing runs beside the main thread.
 */
parentPort?.on("message", async (msg: WorkerRequest) => {
  let reply: WorkerReply;
  if (msg.kind === "scan") {
    const scans = [];
    for (const j of msg.jobs) scans.push(await scanLog(j));
    reply = { kind: "scan", batch: msg.batch, scans };
  } else {
    const deps = [];
    for (const paths of msg.lists) deps.push(await fingerprint(paths));
    reply = { kind: "fingerprint", deps };
  }
  parentPort?.postMessage(reply);
});
