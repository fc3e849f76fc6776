import { chmod, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAttempt } from "@/lib/model/build-attempt";
import { readRunSource } from "@/lib/server/run-source";

/** The walker on a hostile temp tree: bounds, symlinks, caps, broken files. */

let tmp: string;
let root: string;
const RUN = "log_20260101_000000_000000/turn_1/attempt_1";
const put = async (rel: string, text: string) => {
  const abs = path.join(root, RUN, rel);
  await mkdir(path.dirname(abs), { recursive: true });
  await writeFile(abs, text);
};

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "run-source-"));
  root = path.join(tmp, "root");
  await put("status.json", "{ not json");
  await put("status.json.tmp", "{}");
  await put("execution_metadata.yaml", "query: hi\nmassgen_version: 0.1.78\n");
  await put("events.jsonl", '{"timestamp": "2026-01-01T00:00:01", "event_type": "answer_submitted", "agent_id": "a", "round_number": 0, "data": {"answer_label": "agent1.1"}}\n');
  await put("a/20260101_000001_000000/answer.txt", "hello");
  await put("a/20260101_000001_000000/workspace/index.html", "x");
  await put("a/20260101_000001_000000/workspace/node_modules/dep/index.js", "x");
  await put("a/20260101_000002_000000/workspace/.git/HEAD", "x");
  await mkdir(path.join(root, RUN, "b/20260101_000003_000000/vote.json"), { recursive: true });
  await put("node_modules/pkg/status.json", "{}");
  await put("massgen.log", `${"00:00:01 | INFO     | line\n".repeat(20_000)}00:00:02 | INFO     | last\n`);
  await put("metrics_events.json", "");
  await truncate(path.join(root, RUN, "metrics_events.json"), 65 * 1024 * 1024);
  await writeFile(path.join(tmp, "outside.txt"), "secret");
  await symlink(path.join(tmp, "outside.txt"), path.join(root, RUN, "agent_outputs_leak.txt"));
  await mkdir(path.join(root, RUN, "agent_outputs"), { recursive: true });
  await symlink(path.join(tmp, "outside.txt"), path.join(root, RUN, "agent_outputs", "a.txt"));
  await symlink(path.join(root, RUN, "a"), path.join(root, RUN, "a_link"));
}, 30_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("readRunSource", () => {
  it("never walks workspace contents, node_modules, .git, *.tmp, nor symlinks leaving the root", async () => {
    const src = await readRunSource(root, RUN, { mode: "full", hasLaterAttempt: false, nowMs: 0 });
    expect(src.listing).not.toContain("status.json.tmp");
    expect(src.listing.some((f) => f.includes("node_modules") || f.includes("/workspace/") || f.includes(".git"))).toBe(false);
    expect(src.listing).not.toContain("agent_outputs_leak.txt");
    expect(src.listing).not.toContain("agent_outputs/a.txt");
    expect(src.workspaceListing?.["a/20260101_000001_000000/workspace"]).toEqual(["index.html", "node_modules/"]);
    expect(src.workspaceListing?.["a/20260102_000002_000000/workspace"] ?? []).not.toContain(".git/HEAD");
    expect(src).toMatchObject({ logName: "log_20260101_000000_000000", runDirKind: "attempt", turn: 1, attempt: 1 });
  });

  it("caps reads: big JSON is unreadable, massgen.log is a bounded tail, dirs in place of files are unreadable", async () => {
    const src = await readRunSource(root, RUN, { mode: "full", hasLaterAttempt: false, nowMs: 0 });
    expect(src.files["metrics_events.json"]).toMatchObject({ kind: "unreadable", message: expect.stringMatching(/65\.0 MB, over the 64 MB/) });
    const log = src.files["massgen.log"];
    expect(log).toMatchObject({ kind: "text", partial: true });
    expect(log?.kind === "text" && log.text.length <= 256 * 1024 && log.text.startsWith("00:00:01") && log.text.endsWith("last\n")).toBe(true);
    expect(src.files["b/20260101_000003_000000/vote.json"]).toMatchObject({ kind: "unreadable", message: expect.stringMatching(/is a directory/) });
  });

  it("summary mode loads only the cheap files", async () => {
    const src = await readRunSource(root, RUN, { mode: "summary", hasLaterAttempt: false, nowMs: 0 });
    expect(Object.keys(src.files).sort()).toEqual(["execution_metadata.yaml", "status.json"]);
    expect(src.workspaceListing).toBeUndefined();
  });

  it("refuses a run path outside the root", async () => {
    await expect(readRunSource(root, "../", { mode: "summary", hasLaterAttempt: false })).rejects.toThrow(/outside/);
  });

  it("turns every broken file into a parse issue naming it, and still builds", async () => {
    const m = buildAttempt(await readRunSource(root, RUN, { mode: "full", hasLaterAttempt: false, nowMs: 0 }));
    const files = m.parseIssues.map((i) => i.file);
    expect(files).toContain(`${RUN}/status.json`);
    expect(files).toContain(`${RUN}/metrics_events.json`);
    expect(files).toContain(`${RUN}/b/20260101_000003_000000/vote.json`);
    expect(m.state).toBe("interrupted");
    expect(m.stateReason).toMatch(/status\.json could not be read/);
    expect(m.answers).toMatchObject([{ label: "agent1.1", agentId: "a", text: "hello" }]);
    expect(m.question).toBe("hi");
  });

  it.skipIf(process.getuid?.() === 0)("reports a file it may not read", async () => {
    const file = path.join(root, RUN, "execution_metadata.yaml");
    await chmod(file, 0o000);
    try {
      const src = await readRunSource(root, RUN, { mode: "summary", hasLaterAttempt: false });
      expect(src.files["execution_metadata.yaml"]).toMatchObject({ kind: "unreadable", message: expect.stringMatching(/permission denied/) });
    } finally {
      await chmod(file, 0o644);
    }
  });
});
