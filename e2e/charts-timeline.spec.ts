import { expect, type Page, test } from "@playwright/test";

/**
 * Charts and timeline tabs (issue 4) on the served fixture copies: a G4 run
 * (no metrics: the panels say so), a G5 run, the 5-agent enforcement sample
 * and a running run.
 */
const G4 = "/runs/log_20251115_071621_925227/turn/1";
const G5 = "/runs/log_20251225_204406_076604/turn/1/attempt/1";
const SAMPLE = "/runs/log_20260101_040520_734369/turn/1/attempt/1";
const RUNNING = "/runs/log_20260104_134201_184641/turn/1/attempt/1";

async function openTab(page: Page, url: string, tab: "charts" | "timeline") {
  await page.goto(url);
  await page.getByTestId(`tab-${tab}`).click();
  const panel = page.getByTestId(`${tab}-panel`);
  await expect(panel).toBeVisible();
  return panel;
}

test("G4: charts say metrics were not recorded, never zeros", async ({ page }) => {
  const panel = await openTab(page, G4, "charts");
  await expect(panel.getByTestId("metrics-missing")).toContainText("0.1.12");
  await expect(panel.getByTestId("chart-tokens")).toHaveCount(0);
  await expect(panel).not.toContainText("$0");
});

test("G4: timeline lanes with answer markers; reliability predates v0.1.38", async ({ page }) => {
  const panel = await openTab(page, G4, "timeline");
  await expect(panel.getByTestId("timeline-lane")).toHaveCount(3);
  await expect(panel.locator('[data-testid="timeline-marker"][data-kind="answer"]').first()).toBeVisible();
  await expect(panel.getByTestId("reliability-missing")).toHaveAttribute("data-kind", "before-v0.1.38");
});

test("G5: every chart has its series and the run total to the cent", async ({ page }) => {
  const panel = await openTab(page, G5, "charts");
  for (const id of ["chart-tokens", "chart-rounds", "chart-cost-cumulative", "chart-tools", "tools-table"]) {
    await expect(panel.getByTestId(id)).toBeVisible();
  }
  await expect(panel.getByTestId("cost-total")).toHaveText("$0.145");
  // recharts draws only after ResponsiveContainer has measured itself: wait for the shapes, don't count at once
  await expect(panel.getByTestId("chart-tokens").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(panel.getByTestId("chart-rounds").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(panel.getByTestId("chart-cost-cumulative").locator(".recharts-line-curve")).toHaveCount(1);
  await page.screenshot({ path: "test-results/e2e/charts-g5.png", fullPage: true });
});

test("tools table sorts by a column", async ({ page }) => {
  const panel = await openTab(page, SAMPLE, "charts");
  const table = panel.getByTestId("tools-table");
  await table.getByRole("button", { name: /^Tool/ }).click();
  const names = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-tool") ?? ""));
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
});

test("5-agent sample: enforcement markers for all 13 reason codes, summary and heatmap", async ({ page }) => {
  const panel = await openTab(page, SAMPLE, "timeline");
  await expect(panel.getByTestId("timeline-lane")).toHaveCount(5);
  await expect(panel.locator('[data-testid="timeline-marker"][data-kind="enforcement"]').first()).toBeVisible();
  const reasons = await panel
    .locator('[data-testid="timeline-marker"][data-kind="enforcement"]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-reason")))]);
  expect(reasons).toHaveLength(13);
  await expect(panel.getByTestId("reliability-summary").locator("tbody tr")).toHaveCount(5);
  expect(await panel.getByTestId("reliability-heatmap").locator('[data-testid="heatmap-cell"]:not([data-count="0"])').count()).toBeGreaterThan(0);
  await panel.locator('[data-testid="timeline-marker"][data-reason="api_error"]').first().hover();
  await expect(page.getByTestId("timeline-tooltip")).toContainText("of 3");
  await page.screenshot({ path: "test-results/e2e/timeline-sample.png", fullPage: true });
});

test("hovering a lane highlights that agent in the summary", async ({ page }) => {
  const panel = await openTab(page, SAMPLE, "timeline");
  const lane = panel.locator('[data-testid="timeline-lane"][data-agent="claude_sonnet"]');
  // The lane's label: its background rect sits under the round bars, which Playwright sees as intercepting.
  await lane.locator("text").first().hover();
  await expect(panel.getByTestId("reliability-summary").locator('tr[data-agent="claude_sonnet"]')).toHaveClass(/bg-surface-2/);
});

test("zoom buttons narrow and restore the time window", async ({ page }) => {
  const panel = await openTab(page, SAMPLE, "timeline");
  await panel.getByTestId("timeline-zoom-in").click();
  await expect(panel.getByRole("button", { name: "All" })).toBeEnabled();
  await panel.getByRole("button", { name: "All" }).click();
  await expect(panel.getByRole("button", { name: "All" })).toBeDisabled();
});

test("running run: series and lanes exist while it is live", async ({ page }) => {
  const charts = await openTab(page, RUNNING, "charts");
  await expect(charts.getByTestId("chart-tokens")).toBeVisible();
  await expect(charts.getByTestId("metrics-missing")).toHaveCount(0);
  const timeline = await openTab(page, RUNNING, "timeline");
  await expect(timeline.getByTestId("timeline-lane")).toHaveCount(3);
  await expect(timeline.getByTestId("timeline-marker").first()).toBeVisible();
  await expect(timeline.getByTestId("reliability-missing")).toHaveAttribute("data-kind", "no-events");
});
