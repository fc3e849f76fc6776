import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverRoot } from "@/lib/server/discover";
import { resolveInsideRoot } from "@/lib/server/safe-path";
import { copySample, expectInvariants, loadModel, type TempRoot, tempRoot } from "./support";

/**
 * The shapes a log tree takes when something else writes to it: files
 * replaced by directories and back, unreadable files, symlink loops and links
 * out of the root, and names built to break a page. Tests run as root, so
 * chmod cannot make a file unreadable; a directory in a file's place (EISDIR)
 * is the unreadable file here.
 */
let t: TempRoot;
let rel: string;
let abs: string;
beforeEach(() => {
  t = tempRoot();
  ({ rel, abs } = copySample(t.root, "log_20260301_000000_000003"));
});
afterEach(() => t.cleanup());

async function modelsBoth() {
  const out = [];
  for (const mode of ["summary", "full"] as const) {
    const m = await loadModel(t.root, rel, mode);
    expectInvariants(m);
    out.push(m);
  }
  return out;
}

function dirInPlaceOf(file: string): void {
  rmSync(path.join(abs, file));
  mkdirSync(path.join(abs, file, "nested"), { recursive: true });
  writeFileSync(path.join(abs, file, "nested", "x.json"), "{}");
}

describe("files replaced by directories (unreadable files)", () => {
  it.each([
    "status.json",
    "metrics_summary.json",
    "coordination_events.json",
    "events.jsonl",
    "execution_metadata.yaml",
    "agent_a/20251229_013407_916914/answer.txt",
    "agent_a/20251229_013451_899523/vote.json",
    "agent_outputs/agent_a.txt",
  ])("%s is a directory: a parse issue names it in full mode", async (file) => {
    dirInPlaceOf(file);
    const [, full] = await modelsBoth();
    expect(full?.parseIssues.map((i) => i.file).join("\n")).toContain(file);
  });
});

describe("directories replaced by files", () => {
  it.each(["agent_a", "agent_a/20251229_013407_916914", "agent_outputs", "final", "agent_a/20251229_013407_916914/workspace"])("%s is a file", async (dir) => {
    rmSync(path.join(abs, dir), { recursive: true });
    writeFileSync(path.join(abs, dir), "not a directory\n");
    await modelsBoth();
  });

  it("the log dir itself is a file: discovery skips it, the run is not found", async () => {
    rmSync(path.join(t.root, "log_20260301_000000_000003"), { recursive: true });
    writeFileSync(path.join(t.root, "log_20260301_000000_000003"), "x");
    expect(await discoverRoot(t.root)).toEqual([]);
    await expect(loadModel(t.root, rel)).rejects.toThrow();
  });
});

describe("symlinks", () => {
  it("a symlink loop inside the run is walked once", async () => {
    symlinkSync("..", path.join(abs, "agent_a", "loop"));
    symlinkSync(abs, path.join(abs, "agent_b", "loop-abs"));
    symlinkSync("self", path.join(abs, "self")); // a link to itself: ELOOP
    await modelsBoth();
  });

  it("files and dirs linked from outside the root are not read", async () => {
    const outside = path.join(path.dirname(t.root), "outside");
    mkdirSync(outside);
    writeFileSync(path.join(outside, "secret.txt"), "TOP-SECRET-OUTSIDE");
    rmSync(path.join(abs, "agent_outputs", "agent_a.txt"));
    symlinkSync(path.join(outside, "secret.txt"), path.join(abs, "agent_outputs", "agent_a.txt"));
    symlinkSync(outside, path.join(abs, "agent_a", "20991231_000000_000000"));
    const [, full] = await modelsBoth();
    expect(JSON.stringify(full)).not.toContain("TOP-SECRET-OUTSIDE");
  });

  it("a log dir that is a symlink out of the root does not resolve inside it", async () => {
    const outside = path.join(path.dirname(t.root), "elsewhere");
    renameSync(path.join(t.root, "log_20260301_000000_000003"), outside);
    symlinkSync(outside, path.join(t.root, "log_20260301_000000_000003"));
    expect(await resolveInsideRoot(t.root, rel)).toBeNull();
    await expect(loadModel(t.root, rel)).rejects.toThrow(/outside the log root/);
  });
});

describe("hostile names", () => {
  // no "/" (a name cannot hold one), so no "</script>": "<script>" alone is what a name can carry
  const names = ["<script>alert(1)", "<img src=x onerror=alert(1)>", 'x"><svg onload=alert(1)>', "rtl\u202Egnp.exe", "emoji 🤖🎸", "new\nline", "tab\there", "..", "%2e%2e", "\u200f"];
  it("snapshot dirs, workspace files and agent output files with hostile names", async () => {
    for (const n of names.filter((x) => x !== ".." && !x.includes("/"))) {
      mkdirSync(path.join(abs, "agent_a", n), { recursive: true });
      writeFileSync(path.join(abs, "agent_a", n, "answer.txt"), `answer from ${n}`);
      writeFileSync(path.join(abs, "agent_a", "20251229_013407_916914", "workspace", `${n}.md`), "x");
      writeFileSync(path.join(abs, "agent_outputs", `${n}.txt`), "x");
    }
    const [, full] = await modelsBoth();
    expect(full?.agents.map((a) => a.id)).toEqual(expect.arrayContaining(["agent_a", "agent_b"]));
  });

  it("agent ids with hostile names in status.json and the snapshot dirs", async () => {
    const status = path.join(abs, "status.json");
    const fs = await import("node:fs");
    let text = fs.readFileSync(status, "utf8");
    const hostile = 'agent_b<script>alert(1)</script>\u202E🤖\nx';
    text = text.replaceAll('"agent_b"', JSON.stringify(hostile));
    fs.writeFileSync(status, text);
    await modelsBoth();
  });
});
