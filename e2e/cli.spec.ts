import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { runCli, startServer } from "./support/cli.mjs";

test.describe("CLI errors are one line, never a stack trace", () => {
  test("a --logs path that does not exist", async () => {
    const missing = path.join(tmpdir(), "massgen-dash-no-such-dir-e2e");
    const r = await runCli(["list", "--logs", missing]);
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(missing);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("serving a --logs path that does not exist exits non-zero", async () => {
    const missing = path.join(tmpdir(), "massgen-dash-no-such-dir-e2e");
    const r = await runCli(["--no-open", "--logs", missing]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  test("an unknown flag", async () => {
    const r = await runCli(["--frobnicate"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("--frobnicate");
  });

  test("--version and --help", async () => {
    const v = await runCli(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const h = await runCli(["--help"]);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain("--logs");
    expect(h.stdout).toContain("list");
  });
});

test("an empty root shows what was scanned and what was expected", async ({ page }) => {
  const empty = mkdtempSync(path.join(tmpdir(), "massgen-dash-empty-"));
  const server = await startServer(["--logs", empty, "--port", "4630"]);
  try {
    await page.goto(server.url);
    const state = page.getByTestId("empty-state");
    await expect(state).toBeVisible();
    await expect(state).toContainText(empty);
    await expect(state).toContainText("log_");
  } finally {
    server.stop();
  }
});
