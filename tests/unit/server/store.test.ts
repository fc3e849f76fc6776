import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ServerConfig } from "@/lib/server/config";
import { IndexStore } from "@/lib/server/index-store";
import { FIXTURE_ROOT, tempCopy, waitFor } from "./helpers";

const config = (roots: string[], watch: ServerConfig["watch"] = "native"): ServerConfig => ({
  roots,
  demo: false,
  host: "127.0.0.1",
  port: 4545,
  token: null,
  watch,
});

describe("IndexStore", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function started(logs: string[], watch: ServerConfig["watch"] = "native") {
    const t = tempCopy(logs);
    cleanups.push(t.cleanup);
    const store = new IndexStore(config([t.root], watch));
    cleanups.push(() => store.close());
    await store.ready;
    return { store, root: t.root };
  }
  const names = (s: IndexStore) => s.getView().logs.map((l) => l.name);
  const turnOf = (s: IndexStore, log: string, turn: number) => s.getView().logs.find((l) => l.name === log)?.turns.find((t) => t.turn === turn);

  it("scans the fixtures: one entry per log, newest first, subagents not separate", async () => {
    const { store } = await started(["log_20251225_204406_076604", "log_20251231_031359_642309"]);
    const v = store.getView();
    expect(v.scanning).toBe(false);
    expect(v.watchMode).toBe("native");
    expect(names(store)).toEqual(["log_20251231_031359_642309", "log_20251225_204406_076604"]);
    expect(v.logs[1]?.turns[0]?.attempts.map((a) => a.relPath)).toEqual(["log_20251225_204406_076604/turn_1/attempt_1"]);
    expect(v.logs[0]?.turns[0]?.attempts.map((a) => a.attempt)).toEqual([1, 2]);
  });

  it("picks up a new log dir, a new turn, a new and a deleted report, and a deleted log", async () => {
    const { store, root } = await started(["log_20251229_013250_406604"]);
    const log = "log_20251229_013250_406604";
    cpSync(path.join(FIXTURE_ROOT, "log_20260103_122454_485969"), path.join(root, "log_20990101_000000_000001"), { recursive: true });
    await waitFor(() => turnOf(store, "log_20990101_000000_000001", 1)?.attempts.length === 1);

    writeFileSync(path.join(root, log, "turn_1", "ANALYSIS_REPORT.md"), "# MassGen Log Analysis Report\n");
    await waitFor(() => turnOf(store, log, 1)?.analyzed === true && !turnOf(store, log, 1)?.reportEmpty);
    rmSync(path.join(root, log, "turn_3", "ANALYSIS_REPORT.md"));
    await waitFor(() => turnOf(store, log, 3)?.analyzed === false);

    mkdirSync(path.join(root, log, "turn_4", "attempt_1"), { recursive: true });
    await waitFor(() => turnOf(store, log, 4)?.attempts.length === 1);

    rmSync(path.join(root, "log_20990101_000000_000001"), { recursive: true });
    await waitFor(() => !names(store).includes("log_20990101_000000_000001"));
  });

  it("a watched root renamed away hides its logs and says why; back at its path, they return", async () => {
    const { store, root } = await started(["log_20251229_013250_406604", "log_20251225_204406_076604"]);
    const seen: string[][] = [];
    const off = store.subscribe((c) => seen.push(c.logIds));
    renameSync(root, `${root}-moved`);
    try {
      await waitFor(() => names(store).length === 0, 15_000);
      expect(store.getView().warnings.join("\n")).toMatch(/is gone \(moved or deleted\)/);
      expect(seen.flat().sort()).toEqual(["log_20251225_204406_076604", "log_20251229_013250_406604"]);
    } finally {
      renameSync(`${root}-moved`, root);
    }
    await waitFor(() => names(store).length === 2, 15_000);
    expect(store.getView().warnings).toEqual([]);
    // watched again: a new log dir shows up
    cpSync(path.join(FIXTURE_ROOT, "log_20260103_122454_485969"), path.join(root, "log_20990101_000000_000002"), { recursive: true });
    await waitFor(() => names(store).includes("log_20990101_000000_000002"));
    off();
  }, 40_000);

  it("notifies subscribers with the changed log ids and stops after unsubscribe", async () => {
    const { store, root } = await started([]);
    const seen: string[][] = [];
    const off = store.subscribe((c) => seen.push(c.logIds));
    mkdirSync(path.join(root, "log_20990101_000000_000002", "turn_1", "attempt_1"), { recursive: true });
    await waitFor(() => seen.some((ids) => ids.includes("log_20990101_000000_000002")));
    off();
    const n = seen.length;
    mkdirSync(path.join(root, "log_20990101_000000_000003", "turn_1", "attempt_1"), { recursive: true });
    await waitFor(() => names(store).includes("log_20990101_000000_000003"));
    expect(seen.length).toBe(n);
  });

  it("falls back to polling when inotify watches run out, and says so", async () => {
    const { store, root } = await started([]);
    store.handleWatchError(Object.assign(new Error("watch limit"), { code: "ENOSPC" }));
    await waitFor(() => store.getView().watchMode === "polling");
    expect(store.getView().warnings.join(" ")).toMatch(/inotify/);
    mkdirSync(path.join(root, "log_20990101_000000_000004", "turn_1", "attempt_1"), { recursive: true });
    await waitFor(() => names(store).includes("log_20990101_000000_000004"), 8000);
  });

  it("gives logs with the same name in two roots distinct ids", async () => {
    const a = tempCopy(["log_20251020_022559"]);
    const b = tempCopy(["log_20251020_022559"]);
    cleanups.push(a.cleanup, b.cleanup);
    const store = new IndexStore(config([a.root, b.root], "off"));
    cleanups.push(() => store.close());
    await store.ready;
    expect(store.getView().logs.map((l) => l.id).sort()).toEqual(["log_20251020_022559", "log_20251020_022559~2"]);
  });
});
