import { truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAttempt } from "@/lib/model/build-attempt";
import { summarizeAttempt } from "@/lib/model/summarize-attempt";
import type { RunSource } from "@/lib/model/types";
import { copySample, expectInvariants, loadModel, loadSource, type TempRoot, tempRoot } from "./support";

/**
 * A status.json cut at EVERY byte offset (what a reader sees during MassGen's
 * in-place rewrite): the whole model is built from each, never throws, and the
 * cut shows as a parse issue naming the file. The sweep swaps the text inside a
 * source read once from disk (the walker is tested on disk below, at a sample
 * of offsets), so 20 000 builds stay within a few seconds.
 */
let t: TempRoot;
let rel: string;
let abs: string;
let full: RunSource;
let status: Buffer;

beforeAll(async () => {
  t = tempRoot();
  ({ rel, abs } = copySample(t.root, "log_20260301_000000_000001"));
  full = await loadSource(t.root, rel, "full");
  const entry = full.files["status.json"];
  if (entry?.kind !== "text") throw new Error("sample status.json missing");
  status = Buffer.from(JSON.stringify(JSON.parse(entry.text)), "utf8");
});
afterAll(() => t.cleanup());

function withStatus(src: RunSource, text: string, files?: string[]): RunSource {
  const keep = files ? Object.fromEntries(Object.entries(src.files).filter(([f]) => files.includes(f))) : src.files;
  const listing = files ? src.listing.filter((f) => files.includes(f)) : src.listing;
  return { ...src, listing, files: { ...keep, "status.json": { kind: "text", text, size: text.length, mtimeMs: 0 } } };
}

describe("status.json truncated at every byte offset", () => {
  it("builds a model from status.json alone at every offset, with a parse issue for every cut", () => {
    const file = `${rel}/status.json`;
    for (let n = 0; n < status.length; n++) {
      const text = status.subarray(0, n).toString("utf8");
      const m = buildAttempt(withStatus(full, text, ["status.json"]));
      summarizeAttempt(m, abs, 0);
      // an empty file is "still being written", not necessarily broken; every other cut is named
      if (n > 0 && text.trim() !== "") expect(m.parseIssues.some((i) => i.file === file), `offset ${n}`).toBe(true);
    }
  });

  it("keeps the model invariants beside all the other files, at every 97th offset", () => {
    for (let n = 0; n < status.length; n += 97) {
      const m = buildAttempt(withStatus(full, status.subarray(0, n).toString("utf8")));
      expectInvariants(m);
      // the rest of the run still models: the answers come from the snapshot dirs and events
      expect(m.answers.length, `offset ${n}`).toBeGreaterThan(0);
    }
  });

  it("reads cut files from disk through the walker", async () => {
    for (const frac of [0, 0.01, 0.25, 0.5, 0.75, 0.99]) {
      const n = Math.floor(status.length * frac);
      writeFileSync(path.join(abs, "status.json"), status.subarray(0, n));
      for (const mode of ["summary", "full"] as const) {
        const m = await loadModel(t.root, rel, mode);
        expectInvariants(m);
      }
    }
    truncateSync(path.join(abs, "status.json"), 0);
    expectInvariants(await loadModel(t.root, rel));
  });
});
