import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { fingerprint, settledEntry, SummaryCache } from "@/lib/server/summary-cache";
import { scanLog, type LogJob } from "@/lib/server/summary-log";
import { tempCopy } from "./helpers";

const LOG = "log_20260102_074142_518013";
const RUN = `${LOG}/turn_1/attempt_1`;

describe("the persistent summary cache", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it("reuses a finished run's summary until a file it read changes", async () => {
    const t = tempCopy([LOG]);
    cleanups.push(t.cleanup);
    // the copy was just written: judge it a minute later, when its files have settled
    const job: LogJob = { root: t.root, rootReal: t.root, name: LOG, nowMs: Date.now() + 60_000 };
    const first = await scanLog({ ...job, cache: {} });
    const paths = first?.touched?.[RUN] ?? [];
    const entry = settledEntry(await fingerprint(paths), first!.runs.get(RUN)!, false, false, job.nowMs);
    expect(entry?.summary.summary.state).toBe("complete");
    expect(entry?.deps.map((d) => path.relative(t.root, d[0]))).toContain(`${RUN}/status.json`);
    expect(entry?.deps.every((d) => !d[0].includes("/workspace"))).toBe(true);

    // a marked copy proves the summary comes from the cache
    const marked = { [RUN]: { ...entry!, summary: { ...entry!.summary, summary: { ...entry!.summary.summary, question: "from cache" } } } };
    const hit = await scanLog({ ...job, cache: marked });
    expect(hit?.runs.get(RUN)?.summary.question).toBe("from cache");

    // a new file changes the listed RUN dir; a changed status.json changes a read file
    for (const change of [
      () => writeFileSync(path.join(t.root, RUN, "note.txt"), "x"),
      () => appendFileSync(path.join(t.root, RUN, "status.json"), " "),
    ]) {
      change();
      const miss = await scanLog({ ...job, nowMs: Date.now() + 60_000, cache: marked });
      expect(miss?.runs.get(RUN)?.summary.question).toBe(first?.runs.get(RUN)?.summary.question);
    }
  });

  it("does not cache without settled files, and never lives inside a log root", async () => {
    const t = tempCopy([LOG]);
    cleanups.push(t.cleanup);
    const nowMs = Date.now();
    const fresh = await scanLog({ root: t.root, rootReal: t.root, name: LOG, nowMs, cache: {} });
    expect(fresh?.cache).toEqual({});
    const deps = await fingerprint(fresh?.touched?.[RUN] ?? []);
    expect(deps?.length).toBeGreaterThan(0);
    expect(settledEntry(deps, fresh!.runs.get(RUN)!, false, false, nowMs)).toBeNull();
    // a path gone since the summary: nothing to trust
    expect(await fingerprint([path.join(t.root, RUN, "no-such-file")])).toBeNull();
    const build = path.join(t.dir, "build.mjs");
    writeFileSync(build, "");
    expect(SummaryCache.open(build, [t.dir], path.join(t.root, "cache"))).toBeNull();
    expect(SummaryCache.open(null, [t.root], mkdtempSync(path.join(os.tmpdir(), "mgd-cache-")))).toBeNull();
  });

  it("round-trips through its file, and drops it when the build changes", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "mgd-cache-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const build = path.join(dir, "summary-worker.mjs");
    writeFileSync(build, "a");
    const c = SummaryCache.open(build, ["/nowhere"], dir);
    const run = { hasLaterAttempt: false, g0: false, deps: [], summary: {} as never };
    c?.put("/nowhere/log_a", { "log_a": run });
    c?.save();
    expect(SummaryCache.open(build, ["/nowhere"], dir)?.forLog("/nowhere/log_a")).toEqual({ log_a: run });
    writeFileSync(build, "ab");
    expect(SummaryCache.open(build, ["/nowhere"], dir)?.forLog("/nowhere/log_a")).toEqual({});
  });
});
