import { expect, test, type Page } from "@playwright/test";

/**
 * Coordination and Votes panels on the run page (issue 3), on G3, G4 and G5
 * fixtures, a live run without coordination_events.json, and the hostile
 * fixture of tests/fixtures/broken (XSS payloads in ids, reasons, answers).
 */

const G5 = "/runs/log_20251225_204406_076604/turn/1/attempt/1";
const G4 = "/runs/log_20251115_071621_925227/turn/1";
const G3 = "/runs/log_20251105_054547_355657";
const LIVE = "/runs/log_20260104_134201_184641/turn/1/attempt/1";
const HOSTILE = "/runs/log_20260201_100007_000007/turn/1/attempt/1";

async function openTab(page: Page, url: string, tab: "coordination" | "votes") {
  await page.goto(url);
  await page.getByTestId(`tab-${tab}`).click();
}

for (const [name, url, votes] of [
  ["G5", G5, 8],
  ["G4", G4, 9],
  ["G3", G3, 4],
] as const) {
  test(`${name}: coordination table shows rows, filters and the raw file`, async ({ page }) => {
    await openTab(page, url, "coordination");
    const table = page.getByTestId("coordination-table");
    await expect(table).toBeVisible();
    await expect(page.getByTestId("coord-row").first()).toBeVisible();
    await page.getByTestId("coord-answers-votes-only").check();
    await expect(page.locator('[data-testid="coord-row"][data-type="status_change"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="coord-row"][data-type="vote_cast"]').first()).toBeVisible();
    await page.getByTestId("coord-answers-votes-only").uncheck();
    await page.getByTestId("coord-filter-type").selectOption("restart");
    await expect(page.locator('[data-testid="coord-row"]:not([data-facet="restart"])')).toHaveCount(0);
    await page.getByTestId("coord-filter-type").selectOption("");
    await page.getByTestId("coord-filter-agent").selectOption({ index: 1 });
    await expect(page.getByTestId("coord-row").first()).toBeVisible();
    await page.getByTestId("coord-tab-raw").click();
    const raw = page.getByTestId("coord-raw");
    await expect(raw).toContainText("Multi-Agent Coordination Events Log");
    expect(await raw.evaluate((el) => getComputedStyle(el).whiteSpace)).toBe("pre");
    await page.screenshot({ path: `test-results/coordination-${name}.png` });
  });

  test(`${name}: votes panel lists votes with reasons, tally and flow`, async ({ page }) => {
    await openTab(page, url, "votes");
    await expect(page.getByTestId("votes-panel")).toBeVisible();
    await expect(page.locator('[data-testid="vote-row"][data-kind="vote"]')).toHaveCount(votes);
    await expect(page.getByTestId("vote-tally").first()).toBeVisible();
    await expect(page.getByTestId("vote-flow")).toBeVisible();
    await page.screenshot({ path: `test-results/votes-${name}.png`, fullPage: true });
  });
}

test("live run: the table is built from events.jsonl and says why", async ({ page }) => {
  await openTab(page, LIVE, "coordination");
  await expect(page.getByTestId("coordination-panel")).toHaveAttribute("data-source", "live");
  await expect(page.getByText(/v0\.0\.19/).first()).toBeVisible();
  await expect(page.locator('[data-testid="coord-row"][data-type="new_answer"]').first()).toBeVisible();
  await page.getByTestId("coord-tab-raw").click();
  await expect(page.getByTestId("coord-raw")).toContainText("v0.0.19");
});

test("hostile fixture: payloads render as inert text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const tab of ["coordination", "votes"] as const) {
    await openTab(page, HOSTILE, tab);
    await expect(page.getByTestId(tab === "coordination" ? "coordination-table" : "votes-panel")).toBeVisible();
    if (tab === "coordination") {
      await page.getByTestId("coord-answers-votes-only").check();
      // expanding turns the button into "Less", so always take the first one left
      const more = page.getByRole("button", { name: /^(Full answer|More)$/ });
      for (let i = 0; i < 40 && (await more.count()) > 0; i++) await more.first().click();
    }
    // the payloads are visible as text …
    await expect(page.getByText(/<svg onload=alert\(1\)>/).first()).toBeVisible();
    // … and never become elements or run
    await expect(page.locator("svg[onload], img[onerror], [data-testid='run-panels'] script")).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  }
  await openTab(page, HOSTILE, "coordination");
  await page.getByTestId("coord-tab-raw").click();
  await expect(page.getByTestId("coord-raw")).toContainText("<script>");
  await expect(page.locator("svg[onload], img[onerror]")).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
