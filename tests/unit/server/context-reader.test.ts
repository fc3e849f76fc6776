import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ContextResult, ContextView } from "@/lib/prepare/answers-context";
import { contextQuerySchema, readSnapshotContext } from "@/lib/server/context-reader";
import { FIXTURE_ROOT, tempCopy } from "./helpers";

const RUN = "log_20251225_204406_076604/turn_1/attempt_1";
const BROKEN_ROOT = path.resolve(__dirname, "../../fixtures/broken");

function okView(r: ContextResult): ContextView {
  if (r.status !== "ok") throw new Error(`expected ok, got ${r.status}: ${"message" in r ? r.message : ""}`);
  return r.view;
}

describe("readSnapshotContext on the fixture tree", () => {
  it("a round snapshot: task, the answers the agent saw, tools", async () => {
    const r = await readSnapshotContext(FIXTURE_ROOT, RUN, "agent_a/20251225_204607_395455");
    const v = okView(r);
    expect(r.status === "ok" && r.issues).toEqual([]);
    expect(v.kind).toBe("round");
    if (v.kind !== "round") return;
    expect(v.task).toBe("Build a Python CLI that deduplicates lines in large text files without loading them fully into memory.");
    expect(v.seenAnswers.map((a) => a.label)).toEqual(["agent1.2", "agent2.1", "agent3.1"]);
    expect(v.seenAnswers[1]?.text).toMatch(/^## Solution overview/);
    expect(v.tools).toEqual(["new_answer", "vote"]);
    expect(v.historyCount).toBeNull();
    expect(v.systemMessage).toMatch(/^You are evaluating answers/);
  });

  it("a first-round snapshot saw no answers", async () => {
    const v = okView(await readSnapshotContext(FIXTURE_ROOT, RUN, "agent_a/20251225_204434_629759"));
    expect(v.kind === "round" && v.seenAnswers).toEqual([]);
  });

  it("final/<winner>/context.txt: messages, vote summary and counts", async () => {
    const v = okView(await readSnapshotContext(FIXTURE_ROOT, RUN, "final/agent_c"));
    expect(v.kind).toBe("final");
    if (v.kind !== "final") return;
    expect(v.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(v.voteSummary).toMatch(/^You received 3 vote/);
    expect(v.voteCounts).toEqual([{ agentId: "agent_c", votes: 3 }]);
    expect(v.answerCount).toBe(3);
  });

  it("the hostile run's snapshot dir (markup and bidi in the agent id) is read as data", async () => {
    const dir = `agent_b"><svg onload=alert(1)>\u200f🤖/20251229_013333_714334`;
    expect(contextQuerySchema.safeParse({ dir }).success).toBe(true);
    const r = await readSnapshotContext(BROKEN_ROOT, "log_20260201_100007_000007/turn_1/attempt_1", dir);
    expect(r.status).toBe("ok");
  });

  it("a dir without context.txt is 'missing', with a reason", async () => {
    const r = await readSnapshotContext(FIXTURE_ROOT, RUN, "agent_a/20000101_000000_000000");
    expect(r.status).toBe("missing");
  });
});

describe("query validation: traversal is refused", () => {
  it.each([
    "../status.json",
    "agent_a/../../..",
    "agent_a/..",
    "/etc/passwd",
    "agent_a\\..\\..",
    "agent_a/\0x",
    "%2e%2e/%2e%2e",
    "agent_a/%2E%2E",
    "agent_a%2f..",
    "%2e%2e%2fx",
    "agent_a/20251225/extra",
    "agent_a",
    "./agent_a",
    "agent_a//x",
    "",
  ])("%j → rejected", (dir) => {
    expect(contextQuerySchema.safeParse({ dir }).success).toBe(false);
  });

  it("accepts turn/attempt as positive integers only", () => {
    expect(contextQuerySchema.parse({ dir: "final/agent_a", turn: "1", attempt: "2" })).toEqual({ dir: "final/agent_a", turn: 1, attempt: 2 });
    expect(contextQuerySchema.safeParse({ dir: "final/agent_a", turn: "0" }).success).toBe(false);
    expect(contextQuerySchema.safeParse({ dir: "final/agent_a", attempt: "1e3" }).success).toBe(false);
  });

  it("the reader itself refuses traversal even without the schema", async () => {
    expect((await readSnapshotContext(FIXTURE_ROOT, RUN, "../../../../etc")).status).toBe("missing");
    expect((await readSnapshotContext(FIXTURE_ROOT, RUN, "agent_a/../../turn_1")).status).toBe("missing");
  });
});

describe("containment and size cap", () => {
  const copy = tempCopy(["log_20251225_204406_076604"]);
  const outside = mkdtempSync(path.join(os.tmpdir(), "mgd-outside-"));
  afterAll(() => {
    copy.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it("a snapshot dir symlinked outside the log root is not read", async () => {
    writeFileSync(path.join(outside, "context.txt"), '{"system_message": "secret"}');
    symlinkSync(outside, path.join(copy.root, RUN, "agent_a", "20990101_000000_000000"));
    const r = await readSnapshotContext(copy.root, RUN, "agent_a/20990101_000000_000000");
    expect(r.status).toBe("missing");
  });

  it("a context.txt over the cap is reported, not read", async () => {
    const r = await readSnapshotContext(FIXTURE_ROOT, RUN, "agent_a/20251225_204607_395455", 1024);
    expect(r.status).toBe("too-large");
    if (r.status === "too-large") {
      expect(r.size).toBe(4601);
      expect(r.message).toMatch(/over the .* limit/);
    }
  });

  it("the default cap is 2 MB", async () => {
    const big = path.join(copy.root, RUN, "agent_a", "20251225_204607_395455", "context.txt");
    writeFileSync(big, JSON.stringify({ system_message: "x".repeat(2 * 1024 * 1024 + 10) }));
    const r = await readSnapshotContext(copy.root, RUN, "agent_a/20251225_204607_395455");
    expect(r.status).toBe("too-large");
    if (r.status === "too-large") expect(r.message).toMatch(/2\.0 MB, over the 2 MB limit/);
  });
});
