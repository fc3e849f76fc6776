import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runSimulation } from "@/lib/cli/live-sim";
import { parseExecutionMetadata } from "@/lib/parse/execution-metadata";
import { parseLocalIso } from "@/lib/parse/timestamps";
import { readRunSource } from "@/lib/server/run-source";
import { buildAttempt } from "@/lib/model/build-attempt";

const TEMPLATE = path.resolve(__dirname, "../../fixtures/logs/log_20251225_204406_076604/turn_1/attempt_1");
let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("live simulator (demo --live, bench:live)", () => {
  it("writes a run that starts now: execution_metadata.yaml carries this run's start time, not the recording's", async () => {
    root = mkdtempSync(path.join(os.tmpdir(), "mgd-sim-"));
    const started = Date.now() / 1000;
    const { logName, runDir } = await runSimulation({ templateRun: TEMPLATE, root, speed: 2000 });
    expect(readdirSync(root)).toEqual([logName]);
    const meta = parseExecutionMetadata(readFileSync(path.join(runDir, "execution_metadata.yaml"), "utf8"), "execution_metadata.yaml");
    expect(meta.issues).toEqual([]);
    const ts = parseLocalIso(String(meta.value?.timestamp), undefined);
    expect(ts).not.toBeNull();
    expect(Math.abs((ts ?? 0) - started)).toBeLessThan(5);
    // the rest of the recording's metadata is kept
    expect(meta.value?.query).toBeTruthy();
    const model = buildAttempt(await readRunSource(root, path.relative(root, runDir), { mode: "full", hasLaterAttempt: false }));
    expect(model.state).toBe("complete");
    expect(Math.abs((model.startTime ?? 0) - started)).toBeLessThan(5);
  }, 30_000);
});
