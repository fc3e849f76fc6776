import { expect, test, type Page } from "@playwright/test";

/** Visible rows' log ids, in display order. */
async function rowLogIds(page: Page): Promise<string[]> {
  // Rows are virtualized: they mount after hydration measures the viewport.
  await expect(page.getByTestId("runs-row").first()).toBeVisible();
  return page.getByTestId("runs-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-log-id") ?? ""));
}

test.describe("runs list", () => {
  test("lists one row per turn, newest first, with the fixture runs", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("runs-table")).toBeVisible();
    const ids = await rowLogIds(page);
    expect(ids.length).toBeGreaterThan(5);
    // Default order: started, newest first. The run's own start time wins over the dir name.
    expect(ids.indexOf("log_20260103_122454_485969")).toBeLessThan(ids.indexOf("log_20251020_022559"));
    await expect(page.getByTestId("runs-count")).toContainText("19");
  });

  test("search from the URL and from the box", async ({ page }) => {
    await page.goto("/?q=pygame");
    await expect(page.getByTestId("runs-row")).toHaveCount(1);
    expect(await rowLogIds(page)).toEqual(["log_20260103_122454_485969"]);

    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search runs" }).fill("Kyoto");
    await expect(page.getByTestId("runs-row")).toHaveCount(1);
    await expect(page).toHaveURL(/q=Kyoto/);
    await page.reload();
    await expect(page.getByTestId("runs-row")).toHaveCount(1);
    expect(await rowLogIds(page)).toEqual(["log_20251231_031359_642309"]);
  });

  test("search matches agent ids", async ({ page }) => {
    await page.goto("/?q=grok_fast");
    expect(await rowLogIds(page)).toEqual(["log_20260101_040520_734369"]);
  });

  test("state filter lives in the URL", async ({ page }) => {
    await page.goto("/?state=timeout");
    const rows = page.getByTestId("runs-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toHaveAttribute("data-state", "timeout");
  });

  test("analyzed filter lives in the URL", async ({ page }) => {
    await page.goto("/?analyzed=yes");
    const ids = await rowLogIds(page);
    expect(ids.sort()).toEqual(["log_20251225_204406_076604", "log_20251229_013250_406604", "log_20251229_013250_406604"]);
    await page.goto("/?analyzed=no&q=Bob%20Dylan");
    for (const id of await rowLogIds(page)) expect(id).not.toBe("log_20251225_204406_076604");
  });

  test("sorting by cost from the URL orders rows and keeps missing costs last", async ({ page }) => {
    await page.goto("/?sort=cost.desc");
    const desc = await rowLogIds(page);
    await page.goto("/?sort=cost.asc");
    const asc = await rowLogIds(page);
    expect(desc[0]).not.toBe(asc[0]);
    // G1/G3/G4 logs recorded no cost: they sort last in both directions.
    const noCost = ["log_20251020_022559", "log_20251105_054547_355657", "log_20251115_071621_925227"];
    await page.goto(`/?sort=cost.asc&q=${encodeURIComponent("Bob Dylan")}`);
    const filtered = await rowLogIds(page);
    const lastNoCost = filtered.filter((id) => noCost.includes(id));
    expect(filtered.slice(-lastNoCost.length)).toEqual(lastNoCost);
  });

  test("clicking a header sorts and writes the URL", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("columnheader", { name: /cost/i }).click();
    await expect(page).toHaveURL(/sort=cost/);
  });

  test("a row opens its run page", async ({ page }) => {
    await page.goto("/?q=deduplicates");
    await page.getByTestId("runs-row").first().click();
    await expect(page).toHaveURL(/\/runs\/log_20251225_204406_076604\/turn\/1\/attempt\/1$/);
    await expect(page.getByTestId("run-header")).toContainText("deduplicates lines");
  });
});
