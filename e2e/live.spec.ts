import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { repoRoot, startServer } from "./support/cli.mjs";

/**
 * Issue 5: the built CLI's live demo (`demo --live`, the same simulator as the
 * bench) writes a run as MassGen would; the pages follow it without a reload.
 * Own ports, away from the shared fixture server's E2E_PORT.
 */
const BASE_PORT = Number(process.env.E2E_PORT ?? 4610) + 11;
const tmp = (p: string) => mkdtempSync(path.join(tmpdir(), p));

async function markNoReload(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
}
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

test.describe("live watching", () => {
  test.describe.configure({ timeout: 90_000 });

  test("the list row goes running → complete and the run page fills in, without a reload, keeping filters and tab", async ({ page }) => {
    const out = tmp("massgen-dash-live-e2e-");
    const server = await startServer(["--port", String(BASE_PORT), "demo", "--live", "--speed", "20", "--out", out]);
    try {
      await page.goto(`${server.url}/?q=deduplicates`);
      await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-status", "live");
      await markNoReload(page);
      const row = page.getByTestId("runs-row").first();
      await expect(row).toHaveAttribute("data-state", "running", { timeout: 20_000 });
      const logId = await row.getAttribute("data-log-id");
      await expect(row).toHaveAttribute("data-state", "complete", { timeout: 40_000 });
      expect(await sameDocument(page)).toBe(true);
      await expect(page.getByRole("searchbox", { name: "Search runs" })).toHaveValue("deduplicates");
      await expect(page).toHaveURL(/q=deduplicates/);
      expect(logId).toMatch(/^log_/);
    } finally {
      server.stop();
    }
  });

  test("a running run page shows live activity and votes appear as they happen, on the open tab", async ({ page }) => {
    const out = tmp("massgen-dash-live-e2e-");
    const server = await startServer(["--port", String(BASE_PORT + 1), "demo", "--live", "--speed", "10", "--out", out]);
    try {
      await expect.poll(() => readdirSync(out).length, { timeout: 10_000 }).toBe(1);
      const log = readdirSync(out)[0] ?? "";
      await page.goto(`${server.url}/runs/${log}/turn/1/attempt/1?tab=votes`);
      await expect(page.getByTestId("live-run-panel")).toBeVisible({ timeout: 15_000 });
      await expect(page.getByTestId("live-agent")).toHaveCount(3);
      await markNoReload(page);
      const before = await page.getByTestId("vote-row").count();
      await expect.poll(() => page.getByTestId("vote-row").count(), { timeout: 40_000 }).toBeGreaterThan(before);
      await expect(page.getByTestId("run-header")).toContainText("agent_c", { timeout: 40_000 });
      await expect(page.getByTestId("live-run-panel")).toHaveCount(0, { timeout: 40_000 });
      await expect(page.getByTestId("vote-winner")).toContainText("agent_c");
      // every vote of the recording (tests/fixtures/expected.json: 8 accepted votes) arrived without a reload …
      await expect(page.locator('[data-testid="vote-row"][data-kind="vote"]')).toHaveCount(8);
      expect(await sameDocument(page)).toBe(true);
      await expect(page).toHaveURL(/tab=votes/);
      // … and every answer (agent1.1, agent1.2, agent2.1, agent2.2, agent3.1)
      await page.getByRole("tab", { name: "Answers" }).click();
      await expect(page.getByTestId("answer-item")).toHaveCount(5);
      expect(await page.getByTestId("answer-item").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.label).sort())).toEqual(["agent1.1", "agent1.2", "agent2.1", "agent2.2", "agent3.1"]);
      expect(await sameDocument(page)).toBe(true);
    } finally {
      server.stop();
    }
  });

  test("pause stops updates until resumed", async ({ page }) => {
    const out = tmp("massgen-dash-live-e2e-");
    const server = await startServer(["--port", String(BASE_PORT + 2), "demo", "--live", "--speed", "20", "--out", out]);
    try {
      await page.goto(server.url);
      const row = page.getByTestId("runs-row").first();
      await expect(row).toHaveAttribute("data-state", "running", { timeout: 20_000 });
      await page.getByRole("button", { name: "Pause" }).click();
      await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-status", "paused");
      await expect.poll(() => server.output().includes("complete."), { timeout: 40_000 }).toBe(true);
      await page.waitForTimeout(1500);
      await expect(row).toHaveAttribute("data-state", "running");
      await page.getByRole("button", { name: "Resume" }).click();
      await expect(row).toHaveAttribute("data-state", "complete", { timeout: 5000 });
    } finally {
      server.stop();
    }
  });

  test("after a server restart the page reconnects on its own and catches up", async ({ page }) => {
    const root = tmp("massgen-dash-live-e2e-");
    const port = String(BASE_PORT + 3);
    let server = await startServer(["--port", port, "--logs", root]);
    try {
      await page.goto(server.url);
      await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-status", "live");
      await markNoReload(page);
      const exited = new Promise((r) => server.child.once("exit", r));
      server.stop();
      await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-status", "reconnecting", { timeout: 40_000 });
      // written while the server is down: only a catch-up can show it
      cpSync(path.join(repoRoot, "tests/fixtures/logs/log_20251225_204406_076604"), path.join(root, "log_20251225_204406_076604"), { recursive: true });
      await exited;
      server = await startServer(["--port", port, "--logs", root]);
      await expect(page.getByTestId("live-indicator")).toHaveAttribute("data-status", "live", { timeout: 15_000 });
      await expect(page.getByTestId("runs-row")).toHaveCount(1, { timeout: 15_000 });
      expect(await sameDocument(page)).toBe(true);
    } finally {
      server.stop();
    }
  });
});
