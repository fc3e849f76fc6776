import { expect, test } from "@playwright/test";

test.describe("run page", () => {
  test("G5 run: header and final answer", async ({ page }) => {
    await page.goto("/runs/log_20251225_204406_076604/turn/1/attempt/1");
    const header = page.getByTestId("run-header");
    await expect(header).toContainText("Build a Python CLI that deduplicates lines");
    await expect(header).toContainText("agent_c");
    await expect(header).toContainText("$0.145");
    await expect(page.getByTestId("final-answer")).toBeVisible();
    await expect(page.getByTestId("run-agents")).toContainText("agent_a");
  });

  test("G3 flat log has no turn/attempt navigation", async ({ page }) => {
    await page.goto("/runs/log_20251105_054547_355657");
    await expect(page.getByTestId("run-header")).toContainText("TCP and UDP");
    await expect(page.getByTestId("turn-nav")).toHaveCount(0);
    await expect(page.getByTestId("final-answer")).toBeVisible();
  });

  test("G4 v0.1.12 run shows that cost was not recorded, not zero", async ({ page }) => {
    await page.goto("/runs/log_20251115_071621_925227/turn/1");
    const header = page.getByTestId("run-header");
    await expect(header).toBeVisible();
    await expect(header).not.toContainText("$0.00");
  });

  test("a restarted turn has attempt navigation", async ({ page }) => {
    await page.goto("/runs/log_20251231_031359_642309/turn/1/attempt/2");
    const nav = page.getByTestId("attempt-nav");
    await expect(nav.getByRole("link")).toHaveCount(2);
    await nav.getByRole("link", { name: /1/ }).click();
    await expect(page).toHaveURL(/attempt\/1$/);
    await expect(page.getByTestId("run-header")).toContainText("agent_d");
  });

  test("a multi-turn log has turn navigation, and short URLs complete", async ({ page }) => {
    await page.goto("/runs/log_20251229_013250_406604");
    await expect(page).toHaveURL(/\/turn\/3\/attempt\/1$/);
    await expect(page.getByTestId("turn-nav").getByRole("link")).toHaveCount(3);
  });

  test("an unknown run is a 404 page, not a crash", async ({ page }) => {
    const res = await page.goto("/runs/log_nope/turn/1/attempt/1");
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  });

  test("a broken status.json shows a parse-issue banner naming the file, and the run still shows", async ({ page }) => {
    await page.goto("/runs/log_20260201_100001_000001/turn/1/attempt/1");
    await expect(page.getByTestId("parse-issues")).toContainText("status.json");
    await expect(page.getByTestId("run-header")).toContainText("Bob Dylan");
  });
});

test("hostile strings render as inert text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const errors: Error[] = [];
  page.on("pageerror", (e) => errors.push(e));
  await page.goto("/runs/log_20260201_100007_000007/turn/1/attempt/1");
  await expect(page.getByTestId("run-header")).toContainText("<script>alert(1)</script>");
  await expect(page.getByTestId("final-answer")).toBeVisible();
  const injected = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll("main script, [data-testid=run-header] script, [data-testid=final-answer] script")].length,
    imgs: document.querySelectorAll("main img[src='x'], img[onerror]").length,
    svgOnload: document.querySelectorAll("svg[onload]").length,
    jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.getAttribute("href") ?? "")).length,
  }));
  expect(injected).toEqual({ scripts: 0, imgs: 0, svgOnload: 0, jsLinks: 0 });
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
