import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const visited: string[] = [];
vi.mock("node:fs/promises", async (importOriginal) => {
  const orig = await importOriginal<typeof import("node:fs/promises")>();
  const readdir = ((p: string, ...rest: unknown[]) => {
    visited.push(String(p));
    return (orig.readdir as (...a: unknown[]) => unknown)(p, ...rest);
  }) as typeof orig.readdir;
  return { ...orig, default: { ...orig, readdir }, readdir };
});

const { scanRoots } = await import("@/lib/server/scan");
const { tempCopy } = await import("./helpers");

describe("the index scan never walks workspaces or dependency dirs", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it("does not list workspace/, node_modules, .venv or .git", async () => {
    const t = tempCopy(["log_20251225_204406_076604", "log_20251020_022559"]);
    cleanups.push(t.cleanup);
    const ws = path.join(t.root, "log_20251225_204406_076604/turn_1/attempt_1/final/agent_c/workspace");
    for (const d of ["node_modules/pkg", ".venv/lib", ".git/objects", "src"]) mkdirSync(path.join(ws, d), { recursive: true });
    writeFileSync(path.join(ws, "node_modules/pkg/index.js"), "");
    mkdirSync(path.join(t.root, "log_20251020_022559/node_modules/x"), { recursive: true });
    visited.length = 0;
    const { logs, cacheSaved } = await scanRoots([t.root]);
    await cacheSaved;
    expect(logs).toHaveLength(2);
    expect(visited.length).toBeGreaterThan(0);
    const bad = visited.filter((p) => /\/(workspace|node_modules|\.venv|\.git)(\/|$)/.test(p));
    expect(bad).toEqual([]);
  });
});
