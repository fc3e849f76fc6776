import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { repoRoot, startServer } from "./support/cli.mjs";

/**
 * Issue 8 "Reliability under use", against the built CLI: logs vanishing under
 * an open page, a watched root renamed away and back, and 20 tabs following
 * live runs. Every server here picks its own free port (--port 0).
 */
const FIXTURES = path.join(repoRoot, "tests/fixtures/logs");

function tempRoot(logs: string[]): { base: string; root: string } {
  const base = mkdtempSync(path.join(tmpdir(), "massgen-dash-reliability-"));
  const root = path.join(base, "massgen_logs");
  for (const l of logs) cpSync(path.join(FIXTURES, l), path.join(root, l), { recursive: true });
  return { base, root };
}

/** Page errors and dialogs of a page, collected for an end-of-test check. */
function watchErrors(page: Page, into: string[]): void {
  page.on("pageerror", (e) => into.push(`${page.url()}: ${e.message}`));
  page.on("dialog", (d) => {
    into.push(`${page.url()}: dialog ${d.message()}`);
    void d.dismiss();
  });
}

const rowIds = (page: Page) => page.getByTestId("runs-row").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.logId));

test.describe("reliability under use", () => {
  test.describe.configure({ timeout: 150_000 });

  test("a log dir deleted under its open page and a root renamed while watched give clear states, no crash", async ({ browser }) => {
    const A = "log_20251225_204406_076604";
    const B = "log_20251229_013250_406604";
    const { base, root } = tempRoot([A, B]);
    const server = await startServer(["--port", "0", "--logs", root]);
    const errors: string[] = [];
    const context = await browser.newContext();
    try {
      const runPage = await context.newPage();
      const list = await context.newPage();
      watchErrors(runPage, errors);
      watchErrors(list, errors);
      await list.goto(server.url);
      await expect.poll(() => rowIds(list).then((ids) => [...new Set(ids)].sort())).toEqual([A, B]);
      await runPage.goto(`${server.url}/runs/${A}/turn/1/attempt/1?tab=coordination`);
      await expect(runPage.getByTestId("run-header")).toBeVisible();
      await expect(runPage.getByTestId("live-indicator")).toHaveAttribute("data-status", "live");

      rmSync(path.join(root, A), { recursive: true });
      await expect(runPage.getByTestId("not-found")).toBeVisible({ timeout: 15_000 });
      await expect(runPage.getByTestId("not-found")).toContainText("moved or deleted");
      await expect.poll(() => rowIds(list).then((ids) => [...new Set(ids)])).toEqual([B]);

      // The whole root goes away: its runs leave the list, which says why (not an empty "no logs found" alone).
      renameSync(root, `${root}-moved`);
      await expect(list.getByTestId("watch-warning")).toContainText("is gone (moved or deleted)", { timeout: 20_000 });
      await expect(list.getByTestId("runs-row")).toHaveCount(0);
      await runPage.goto(`${server.url}/runs/${B}`);
      await expect(runPage.getByTestId("not-found")).toBeVisible();

      // Back at its path: watched and listed again, without a restart.
      renameSync(`${root}-moved`, root);
      await expect.poll(() => rowIds(list).then((ids) => [...new Set(ids)]), { timeout: 20_000 }).toEqual([B]);
      await expect(list.getByTestId("watch-warning")).toHaveCount(0, { timeout: 15_000 });
      await runPage.goto(`${server.url}/runs/${B}`);
      await expect(runPage.getByTestId("run-header")).toBeVisible();
      expect(errors).toEqual([]);
      expect(server.output()).not.toMatch(/unhandled|uncaught|TypeError|RangeError/i);
    } finally {
      await context.close();
      server.stop();
      rmSync(base, { recursive: true, force: true });
    }
  });

  test("20 tabs following live runs hold steady: every one sees the runs finish, no errors, no reloads", async ({ browser }) => {
    const out = mkdtempSync(path.join(tmpdir(), "massgen-dash-reliability-live-"));
    const server = await startServer(["--port", "0", "demo", "--live", "--loop", "--speed", "10", "--out", out]);
    const errors: string[] = [];
    const context = await browser.newContext();
    try {
      await expect.poll(() => readdirSync(out).length, { timeout: 15_000 }).toBeGreaterThan(0);
      const first = readdirSync(out).sort()[0] ?? "";
      const pages = await openTabs(browser, context, 20, errors, (i) => (i % 2 === 0 ? `${server.url}/` : `${server.url}/runs/${first}/turn/1/attempt/1?tab=votes`));
      for (const p of pages) await p.evaluate(() => ((window as unknown as { __same: boolean }).__same = true));
      const rss0 = rssMb(server.child.pid);
      // Every run page follows its run to the end, every list sees it complete and the next replay start.
      for (const [i, p] of pages.entries()) {
        if (i % 2 === 1) await expect(p.getByTestId("run-header")).toContainText("agent_c", { timeout: 90_000 });
      }
      for (const [i, p] of pages.entries()) {
        if (i % 2 === 0) await expect(p.locator(`[data-testid="runs-row"][data-log-id="${first}"]`)).toHaveAttribute("data-state", "complete", { timeout: 30_000 });
      }
      await expect.poll(() => readdirSync(out).length, { timeout: 60_000 }).toBeGreaterThan(1);
      const second = readdirSync(out).sort()[1] ?? "";
      for (const [i, p] of pages.entries()) {
        if (i % 2 === 0) await expect(p.locator(`[data-testid="runs-row"][data-log-id="${second}"]`)).toHaveCount(1, { timeout: 30_000 });
      }
      for (const p of pages) expect(await p.evaluate(() => (window as unknown as { __same?: boolean }).__same === true)).toBe(true);
      for (const p of pages) await expect(p.getByTestId("live-indicator")).toHaveAttribute("data-status", "live");
      expect(errors).toEqual([]);
      // steady, not growing per tab or per write (a loose bound: this is a shared CI machine)
      expect(rssMb(server.child.pid)).toBeLessThan(Math.max(rss0 * 1.5, rss0 + 150));
    } finally {
      await context.close();
      server.stop();
      rmSync(out, { recursive: true, force: true });
    }
  });
});

async function openTabs(_b: Browser, context: import("@playwright/test").BrowserContext, n: number, errors: string[], url: (i: number) => string): Promise<Page[]> {
  const pages: Page[] = [];
  for (let i = 0; i < n; i++) {
    const p = await context.newPage();
    watchErrors(p, errors);
    await p.goto(url(i));
    await expect(p.getByTestId("live-indicator")).toHaveAttribute("data-status", "live", { timeout: 20_000 });
    pages.push(p);
  }
  return pages;
}

function rssMb(pid: number | undefined): number {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(m?.[1] ?? 0) / 1024;
}
