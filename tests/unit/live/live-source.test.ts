import { appendFileSync, cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildAttempt } from "@/lib/model/build-attempt";
import { LiveRunReader } from "@/lib/server/live-source";
import { readRunSource } from "@/lib/server/run-source";
import type { DiscoveredRun } from "@/lib/server/discover";
import { FIXTURE_ROOT } from "../server/helpers";

const LOG = "log_20251225_204406_076604";
const REL = `${LOG}/turn_1/attempt_1`;

describe("LiveRunReader (incremental full-mode source of a running attempt)", () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  function setup() {
    const root = mkdtempSync(path.join(os.tmpdir(), "mgd-live-"));
    dirs.push(root);
    cpSync(path.join(FIXTURE_ROOT, LOG), path.join(root, LOG), { recursive: true });
    const run: DiscoveredRun = { relPath: REL, absPath: path.join(root, REL), runDirKind: "attempt", turn: 1, attempt: 1, hasLaterAttempt: false };
    return { root, run, abs: run.absPath };
  }

  it("keeps the last good status.json when it is replaced by a half-written one, and takes the new one once whole", async () => {
    const { root, run, abs } = setup();
    const reader = new LiveRunReader();
    const first = buildAttempt(await reader.read(root, run, Date.now()));
    expect(first.question).toContain("deduplicates");
    const status = JSON.parse(readFileSync(path.join(abs, "status.json"), "utf8"));
    status.finish_reason_details = "new details";
    const body = JSON.stringify(status);
    // two writers racing on status.json.tmp (FORMAT.md §5.1): a torn file replaces the good one for a moment
    writeFileSync(path.join(abs, "status.json.tmp"), body.slice(0, body.length / 2));
    renameSync(path.join(abs, "status.json.tmp"), path.join(abs, "status.json"));
    const mid = buildAttempt(await reader.read(root, run, Date.now()));
    expect(mid.finishReasonDetails).toBe(first.finishReasonDetails);
    expect(mid.parseIssues.filter((i) => i.file.endsWith("status.json"))).toEqual([]);
    writeFileSync(path.join(abs, "status.json.tmp"), body);
    renameSync(path.join(abs, "status.json.tmp"), path.join(abs, "status.json"));
    expect(buildAttempt(await reader.read(root, run, Date.now())).finishReasonDetails).toBe("new details");
  });

  it("an appended half event line is not an issue; live activity follows the events", async () => {
    const { root, run, abs } = setup();
    const reader = new LiveRunReader();
    const before = buildAttempt(await reader.read(root, run, Date.now()));
    const line = JSON.stringify({ timestamp: "2025-12-25T20:47:01.000000", event_type: "tool_start", agent_id: "agent_a", round_number: 9, data: { tool_name: "mcp__fs__write" } });
    appendFileSync(path.join(abs, "events.jsonl"), line.slice(0, 30));
    const mid = buildAttempt(await reader.read(root, run, Date.now()));
    expect(mid.parseIssues.length).toBe(before.parseIssues.length);
    appendFileSync(path.join(abs, "events.jsonl"), `${line.slice(30)}\n`);
    const after = buildAttempt(await reader.read(root, run, Date.now()));
    expect(after.live?.agents.find((a) => a.agentId === "agent_a")).toMatchObject({ kind: "tool", detail: "mcp__fs__write", round: 9 });
  });

  it("lists the snapshot workspaces while the run is live, as the full read does", async () => {
    const { root, run } = setup();
    const live = await new LiveRunReader().read(root, run, Date.now());
    const full = await readRunSource(root, REL, { mode: "full", hasLaterAttempt: false });
    expect(Object.keys(full.workspaceListing ?? {}).length).toBeGreaterThan(0);
    expect(live.workspaceListing).toEqual(full.workspaceListing);
  });

  it("a half-written end-of-run JSON file is left out until whole (never a parse issue)", async () => {
    const { root, run, abs } = setup();
    const reader = new LiveRunReader();
    const f = path.join(abs, "coordination_events.json");
    const whole = readFileSync(f, "utf8");
    rmSync(f);
    await reader.read(root, run, Date.now());
    writeFileSync(f, whole.slice(0, 100));
    const mid = buildAttempt(await reader.read(root, run, Date.now()));
    expect(mid.parseIssues.filter((i) => i.file.endsWith("coordination_events.json"))).toEqual([]);
    writeFileSync(f, whole);
    expect(buildAttempt(await reader.read(root, run, Date.now())).coordinationEvents?.length).toBeGreaterThan(0);
  });
});
