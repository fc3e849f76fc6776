import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { copyFixtures, startServer } from "./support/cli.mjs";

/**
 * The Report tab (issue 6) against its OWN server and temp copy of the
 * fixtures: these tests write reports, and the shared e2e server's specs
 * (runs-list.spec.ts) rely on which turns are analyzed.
 */

const NEW = "log_20260103_122454_485969"; // one turn, no report
const WITH_REPORT = "log_20251225_204406_076604"; // turn_1/ANALYSIS_REPORT.md
const G5 = "log_20251229_013250_406604"; // turn_2: empty report, turn_3: a report
const UNTOUCHED = "log_20260104_134201_184641";

let server: { url: string; stop: () => void };
let logsRoot: string;

function makeWritable(p: string): void {
  const st = statSync(p);
  chmodSync(p, st.mode | 0o200);
  if (st.isDirectory()) for (const e of readdirSync(p)) makeWritable(path.join(p, e));
}

test.beforeAll(async () => {
  const roots: string[] = copyFixtures(["logs", "broken"]);
  for (const r of roots) makeWritable(r);
  logsRoot = roots[0]!;
  server = await startServer([...roots.flatMap((r) => ["--logs", r]), "--port", "0"]);
});
test.afterAll(() => server?.stop());

const reportFile = (log: string, turn: number) => path.join(logsRoot, log, `turn_${turn}`, "ANALYSIS_REPORT.md");
const reportTab = (log: string, turn: number) => `${server.url}/runs/${log}/turn/${turn}/attempt/1?tab=report`;

test("generate → preview → save on a turn without a report, then the runs list shows it analyzed", async ({ page }) => {
  await page.goto(reportTab(NEW, 1));
  const panel = page.getByTestId("report-panel");
  await expect(panel.getByTestId("report-generate")).toBeVisible();
  await expect(panel.getByTestId("report-regenerate")).toHaveCount(0);

  await panel.getByTestId("report-generate").click();
  const preview = panel.getByTestId("report-preview");
  await expect(preview.getByRole("heading", { name: /Executive Summary/ })).toBeVisible();
  expect(existsSync(reportFile(NEW, 1))).toBe(false);

  await panel.getByTestId("report-save").click();
  await expect(panel.getByTestId("report-status")).toContainText(`Saved ${NEW}/turn_1/ANALYSIS_REPORT.md`);
  await expect(panel.getByTestId("report-existing")).toBeVisible();
  await expect(panel.getByTestId("report-regenerate")).toBeVisible();
  expect(readFileSync(reportFile(NEW, 1), "utf8")).toContain("Executive Summary");

  await page.goto(`${server.url}/?analyzed=yes`);
  await expect(page.locator(`[data-testid="runs-row"][data-log-id="${NEW}"]`)).toHaveCount(1);
});

test("an existing report is shown; Regenerate shows a diff and overwrites only after confirmation", async ({ page }) => {
  const before = readFileSync(reportFile(WITH_REPORT, 1), "utf8");
  await page.goto(reportTab(WITH_REPORT, 1));
  const panel = page.getByTestId("report-panel");
  await expect(panel.getByTestId("report-existing")).toBeVisible();
  await expect(panel.getByTestId("report-generate")).toHaveCount(0);

  await panel.getByTestId("report-regenerate").click();
  const diff = panel.getByTestId("report-diff");
  await expect(diff).toBeVisible();
  await expect(diff.locator('[data-diff="added"]').first()).toBeVisible();
  await expect(diff.locator('[data-diff="removed"]').first()).toBeVisible();

  await panel.getByTestId("report-save").click();
  await expect(panel.getByTestId("report-confirm-overwrite")).toBeVisible();
  expect(readFileSync(reportFile(WITH_REPORT, 1), "utf8")).toBe(before);

  await panel.getByTestId("report-confirm-overwrite").click();
  await expect(panel.getByTestId("report-status")).toContainText("replaced the previous report");
  const after = readFileSync(reportFile(WITH_REPORT, 1), "utf8");
  expect(after).not.toBe(before);
  expect(after).toContain("Executive Summary");
});

test("a report changed on disk meanwhile is not overwritten: 409 explained, with a reload", async ({ page }) => {
  await page.goto(reportTab(G5, 3));
  const panel = page.getByTestId("report-panel");
  await panel.getByTestId("report-regenerate").click();
  await expect(panel.getByTestId("report-diff")).toBeVisible();
  writeFileSync(reportFile(G5, 3), "# Written by another tool\n");

  await panel.getByTestId("report-save").click();
  await panel.getByTestId("report-confirm-overwrite").click();
  await expect(panel.getByTestId("report-status")).toContainText("changed after you generated");
  expect(readFileSync(reportFile(G5, 3), "utf8")).toBe("# Written by another tool\n");

  await panel.getByTestId("report-reload").click();
  await expect(panel.getByTestId("report-existing")).toContainText("Written by another tool");
});

test("an empty report counts as existing", async ({ page }) => {
  await page.goto(reportTab(G5, 2));
  const panel = page.getByTestId("report-panel");
  await expect(panel.getByTestId("report-empty-existing")).toContainText("in progress or failed");
  await expect(panel.getByTestId("report-regenerate")).toBeVisible();
  await expect(panel.getByTestId("report-generate")).toHaveCount(0);
});

test("a forged cross-origin POST is refused and writes nothing", async ({ request }) => {
  const url = `${server.url}/api/runs/${UNTOUCHED}/report`;
  const data = { turn: 1, overwrite: true };
  const json = { "Content-Type": "application/json" };
  const forged = [
    { ...json, Origin: "http://evil.example", "X-Massgen-Dash": "1" },
    { ...json, Origin: server.url, "Sec-Fetch-Site": "cross-site", "X-Massgen-Dash": "1" },
    { ...json, Origin: server.url, "Sec-Fetch-Site": "same-origin" },
    { "Content-Type": "text/plain", Origin: "http://evil.example" },
  ];
  for (const headers of forged) {
    const res = await request.post(url, { headers, data: JSON.stringify(data) });
    expect(res.status(), JSON.stringify(headers)).toBe(403);
  }
  expect(existsSync(reportFile(UNTOUCHED, 1))).toBe(false);
});

test("Copy markdown and Download export the shown report", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
  await page.goto(reportTab(G5, 1));
  const panel = page.getByTestId("report-panel");
  await expect(panel.getByTestId("report-generate")).toBeVisible();
  await panel.getByTestId("report-generate").click();
  await expect(panel.getByTestId("report-preview")).toBeVisible();

  await panel.getByTestId("report-copy").click();
  await expect(panel.getByTestId("report-status")).toContainText("Copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("# ");
  expect(copied).toContain("Executive Summary");

  const [download] = await Promise.all([page.waitForEvent("download"), panel.getByTestId("report-download").click()]);
  expect(download.suggestedFilename()).toBe(`${G5}_turn_1_ANALYSIS_REPORT.md`);
  const file = await download.path();
  expect(readFileSync(file, "utf8")).toBe(copied);
  expect(existsSync(reportFile(G5, 1))).toBe(false);
});

test("a failed load shows the error with a retry", async ({ page }) => {
  let fail = true;
  await page.route("**/api/runs/*/report*", (route) =>
    fail ? route.fulfill({ status: 503, json: { error: { code: "unavailable", message: "The index is busy." } } }) : route.continue(),
  );
  await page.goto(reportTab(UNTOUCHED, 1));
  const panel = page.getByTestId("report-panel");
  await expect(panel).toContainText("The index is busy.");
  await expect(panel.getByTestId("report-copy")).toHaveCount(0);
  fail = false;
  await panel.getByTestId("report-retry").click();
  await expect(panel.getByTestId("report-generate")).toBeVisible();
  await expect(panel.getByTestId("report-copy")).toHaveCount(0);
});
