import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";

/**
 * Sharing (issue 7): panel PNG export at 2× with its provenance footer,
 * themes, permalinks and keyboard shortcuts, on the served fixture copies.
 */
const G5 = "/runs/log_20251225_204406_076604/turn/1/attempt/1";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Record the provenance footer as it is while the panel is being captured. */
async function watchCapture(page: Page, name: string) {
  await page.evaluate((panelName) => {
    const node = document.querySelector(`[data-export-name="${panelName}"] .export-capture`);
    const w = window as unknown as { __footer?: { text: string; display: string } };
    if (!node) throw new Error("no capture node");
    new MutationObserver(() => {
      const footer = node.querySelector<HTMLElement>('[data-testid="export-footer"]');
      if (node.hasAttribute("data-capturing") && footer) w.__footer = { text: footer.textContent ?? "", display: getComputedStyle(footer).display };
    }).observe(node, { attributes: true, attributeFilter: ["data-capturing"] });
  }, name);
}

function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test("Download PNG gives a 2× PNG of the panel with the provenance footer captured", async ({ page }) => {
  await page.goto(`${G5}?tab=votes`);
  const panel = page.locator('[data-testid="export-panel"][data-export-name="Votes"]');
  await expect(panel.getByTestId("votes-panel")).toBeVisible();
  const box = await panel.locator(".export-capture").boundingBox();
  await watchCapture(page, "Votes");
  const [download] = await Promise.all([page.waitForEvent("download"), panel.getByTestId("export-png").first().click()]);
  expect(download.suggestedFilename()).toBe("log-20251225-204406-076604-t1-a1-votes.png");
  const png = readFileSync(await download.path());
  expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  const width = png.readUInt32BE(16);
  expect(Math.abs(width - 2 * (box?.width ?? 0))).toBeLessThanOrEqual(4);
  const footer = await page.evaluate(() => (window as unknown as { __footer?: { text: string; display: string } }).__footer);
  expect(footer?.display).toBe("flex");
  expect(footer?.text).toContain("log_20251225_204406_076604/turn_1/attempt_1");
  expect(footer?.text).toContain("turn 1 · attempt 1");
  expect(footer?.text).toMatch(/MassGen/);
  // on screen the footer stays hidden
  await expect(panel.getByTestId("export-footer")).toBeHidden();
});

test("charts export their data as CSV and the drawing as SVG", async ({ page }) => {
  await page.goto(`${G5}?tab=charts`);
  const card = page.locator('[data-testid="export-panel"][data-export-name="Tokens by agent"]');
  await expect(card.getByTestId("chart-tokens")).toBeVisible();
  const [csv] = await Promise.all([page.waitForEvent("download"), card.getByTestId("export-csv").click()]);
  expect(readFileSync(await csv.path(), "utf8").split("\r\n")[0]).toMatch(/^agent_id,input_uncached_tokens,/);
  const [svg] = await Promise.all([page.waitForEvent("download"), card.getByTestId("export-svg").click()]);
  const text = readFileSync(await svg.path(), "utf8");
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(text).not.toContain("var(--");
});

test("the dark theme renders and survives a reload", async ({ page }) => {
  await page.goto(G5);
  await page.getByTestId("theme-dark").click();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(luminance(bg)).toBeLessThan(0.15);
  await page.getByTestId("theme-system").click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
});

test("a permalink restores tab, coordination filters and the focused agent", async ({ page }) => {
  await page.goto(`${G5}?tab=coordination&agent=agent_b&event=vote`);
  await expect(page.getByTestId("tab-coordination")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByTestId("coord-filter-agent")).toHaveValue("agent_b");
  await expect(page.getByTestId("coord-filter-type")).toHaveValue("vote");
  await expect(page.getByTestId("coord-row").first()).toBeVisible();
  await expect(page.locator('[data-testid="coord-row"]:not([data-facet="vote"])')).toHaveCount(0);
  await expect(page.locator('[data-testid="run-agents"] [data-agent-id="agent_b"]')).toHaveCSS("outline-style", "solid");
  // changing a filter updates the address, and the address restores it
  await page.getByTestId("coord-answers-votes-only").check();
  await expect(page).toHaveURL(/[?&]av=1/);
  await page.reload();
  await expect(page.getByTestId("coord-answers-votes-only")).toBeChecked();
  await expect(page.getByTestId("coord-filter-agent")).toHaveValue("agent_b");
});

test("a permalink restores the answers filter and the timeline window", async ({ page }) => {
  await page.goto(`${G5}?tab=answers&agent=agent_a`);
  await expect(page.getByTestId("answer-agent-filter").getByRole("button", { name: /agent_a/ })).toHaveAttribute("aria-pressed", "true");
  await page.goto(`${G5}?tab=timeline&t0=10&t1=40`);
  await expect(page.getByTestId("timeline-panel")).toContainText("showing +10s");
  await page.getByRole("button", { name: "All" }).click();
  await expect(page).not.toHaveURL(/t0=/);
});

test("? opens the shortcut help, and shortcuts never fire while typing", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.getByTestId("runs-search").fill("x");
  await page.keyboard.type("?t");
  await expect(page.getByTestId("shortcut-help")).toBeHidden();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
  await page.getByTestId("runs-search").blur();
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcut-help")).toBeVisible();
  await expect(page.getByTestId("shortcut-help")).toContainText("Toggle light / dark theme");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcut-help")).toBeHidden();
});

test("t toggles the theme; / focuses search; j/k move through runs and Enter opens one", async ({ page }) => {
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("t");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.keyboard.press("t");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.keyboard.press("/");
  await expect(page.getByTestId("runs-search")).toBeFocused();
  await page.getByTestId("runs-search").blur();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(page.getByTestId("runs-row").nth(1).locator("a").first()).toBeFocused();
  await page.keyboard.press("k");
  await expect(page.getByTestId("runs-row").first().locator("a").first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/runs\//);
});

test("1–9 focus an agent of the run and Copy link copies the view", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`${G5}?tab=timeline`);
  await page.waitForLoadState("networkidle");
  await page.keyboard.press("1");
  await expect(page).toHaveURL(/[?&]agent=agent_a/);
  await page.getByTestId("copy-link").click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("agent=agent_a");
  await page.keyboard.press("1");
  await expect(page).not.toHaveURL(/agent=/);
});
