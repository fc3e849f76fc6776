import { expect, type Page, test } from "@playwright/test";

/**
 * Execution traces and config panels (issue 3) on the served fixture copies:
 * G3, G4, G5, a running run, a pre-v0.1.0 log and the hostile run.
 */
const G5 = "/runs/log_20251225_204406_076604/turn/1/attempt/1";
const G4 = "/runs/log_20251115_071621_925227/turn/1";
const G3 = "/runs/log_20251105_054547_355657";
const OLD = "/runs/log_20251020_022559";
const RUNNING = "/runs/log_20260104_134201_184641/turn/1/attempt/1";
const HOSTILE = "/runs/log_20260201_100007_000007/turn/1/attempt/1";
const TRACE_API = "/api/runs/log_20251225_204406_076604/trace";

async function openTab(page: Page, url: string, tab: "traces" | "config") {
  await page.goto(url);
  await page.getByTestId(`tab-${tab}`).click();
  const panel = page.getByTestId(tab === "traces" ? "trace-viewer" : "config-panel");
  await expect(panel.first()).toBeVisible();
  return panel.first();
}

test("G5 traces: blocks by kind, tool args, final trace first", async ({ page }) => {
  const viewer = await openTab(page, G5, "traces");
  await expect(viewer).toHaveAttribute("data-file", "final/agent_c/execution_trace.md");
  await page.getByTestId("trace-file").filter({ hasText: "20:44:46" }).click();
  const blocks = page.getByTestId("trace-block");
  await expect(blocks.first()).toBeVisible();
  await expect(page.locator('[data-testid="trace-block"][data-kind="tool_call"]').first()).toBeVisible();
  await expect(page.getByTestId("trace-args").first()).toContainText('"path": "."');
  await page.screenshot({ path: "test-results/e2e/traces-g5.png", fullPage: true });
});

test("G5 traces: a vote trace shows the vote cast block", async ({ page }) => {
  await openTab(page, G5, "traces");
  await page.getByTestId("trace-file").filter({ hasText: "20:45:19" }).click();
  const vote = page.locator('[data-testid="trace-block"][data-kind="vote_cast"]');
  await expect(vote).toBeVisible();
  await expect(vote).toContainText(/agent\d\.\d/);
});

test("G5 traces: search highlights matches and steps through blocks", async ({ page }) => {
  await openTab(page, G5, "traces");
  await page.getByTestId("trace-file").filter({ hasText: "20:44:46" }).click();
  await page.getByTestId("trace-search").fill("dedup");
  await expect(page.getByTestId("trace-search-count")).toContainText(/\d+ in \d+ blocks/);
  await page.getByTestId("trace-search").press("Enter");
  await expect(page.getByTestId("trace-match").first()).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/traces-search.png", fullPage: true });
});

test("traces API: rejects traversal and serves blocks by range", async ({ request }) => {
  const base = `${TRACE_API}?turn=1&attempt=1`;
  for (const bad of ["../../../etc/passwd", "/etc/execution_trace.md", "agent_a/..%2f..%2fexecution_trace.md", "a/b/status.json", "a\u0000/b/execution_trace.md"]) {
    const res = await request.get(`${base}&file=${encodeURIComponent(bad)}`);
    expect(res.status(), bad).toBe(400);
  }
  const list = await (await request.get(base)).json();
  expect(list.files.length).toBe(14);
  const file = encodeURIComponent("agent_b/20251225_204446_563111/execution_trace.md");
  const outline = await (await request.get(`${base}&file=${file}`)).json();
  expect(outline.blocks[0].kind).toBe("reasoning");
  const part = await (await request.get(`${base}&file=${file}&block=1`)).json();
  expect(part.detail.kind).toBe("tool_call");
});

test("traces: older runs without traces say so", async ({ page }) => {
  for (const url of [G4, G3]) {
    const viewer = await openTab(page, url, "traces");
    await expect(viewer).toContainText("v0.1.37");
  }
});

test("running run: traces and config render", async ({ page }) => {
  await openTab(page, RUNNING, "traces");
  await expect(page.getByTestId("trace-file").first()).toBeVisible();
  await openTab(page, RUNNING, "config");
});

test("config: G5 panel with agents, versions and git", async ({ page }) => {
  const panel = await openTab(page, G5, "config");
  await expect(panel).toContainText("Build a Python CLI that deduplicates lines");
  await expect(page.getByTestId("config-agent")).toHaveCount(3);
  await expect(panel).toContainText("gemini-2.5-flash");
  await expect(panel).toContainText("0.1.78");
  await expect(panel).toContainText("f09fb060833aac2d126313ad73f9a793bc29ceb0");
  await page.screenshot({ path: "test-results/e2e/config-g5.png", fullPage: true });
});

test("config: G4 and G3 panels, and the version note where the file is missing", async ({ page }) => {
  for (const url of [G4, G3]) await openTab(page, url, "config");
  const old = await openTab(page, OLD, "config");
  await expect(old).toContainText("v0.1.0");
});

test("hostile run: trace and config text stays inert", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openTab(page, HOSTILE, "traces");
  for (const f of await page.getByTestId("trace-file").all()) {
    await f.click();
    await expect(page.getByTestId("trace-viewer")).toBeVisible();
  }
  await page.getByRole("button", { name: "Expand all" }).click();
  await openTab(page, HOSTILE, "config");
  await expect(page.getByTestId("config-panel")).toContainText("<script>alert(1)</script>");
  expect(dialogs).toBe(0);
  expect(await page.locator("svg[onload], img[onerror], [data-testid='config-panel'] script, [data-testid='trace-viewer'] script").count()).toBe(0);
});
