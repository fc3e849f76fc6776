import { expect, type Page, test } from "@playwright/test";

/**
 * The answers panel (issue 3 "Answers") on the served fixture copies:
 * G3, G4, G5, a running run, and the hostile run of tests/fixtures/broken.
 */
const G5 = "/runs/log_20251225_204406_076604/turn/1/attempt/1";
const G4 = "/runs/log_20251115_071621_925227/turn/1";
const G3 = "/runs/log_20251105_054547_355657";
const RUNNING = "/runs/log_20260104_134201_184641/turn/1/attempt/1";
const HOSTILE = "/runs/log_20260201_100007_000007/turn/1/attempt/1";
const CONTEXT_API = "/api/runs/log_20251225_204406_076604/context";

async function openAnswers(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId("tab-answers").click();
  const panel = page.getByTestId("answers-panel");
  await expect(panel).toBeVisible();
  return panel;
}

async function labels(page: Page): Promise<string[]> {
  return page.getByTestId("answer-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-label") ?? ""));
}

test("G5: answers in order, final answer marked with its workspace files", async ({ page }) => {
  await openAnswers(page, G5);
  expect(await labels(page)).toEqual(["agent1.1", "agent2.1", "agent3.1", "agent1.2", "agent2.2"]);
  const final = page.getByTestId("final-answer-card");
  await expect(final).toBeVisible();
  await expect(final).toContainText("agent3.final");
  await expect(final).toContainText("agent_c");
  await expect(page.getByTestId("workspace-files").getByTestId("workspace-file").first()).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/answers-final.png", fullPage: true });
});

test("G5: an answer renders as markdown and diffs against the agent's previous answer", async ({ page }) => {
  await openAnswers(page, G5);
  await page.locator('[data-testid="answer-item"][data-label="agent1.1"]').click();
  await expect(page.getByTestId("answer-body")).toBeVisible();
  await expect(page.getByTestId("answer-diff-toggle")).toBeDisabled();

  await page.locator('[data-testid="answer-item"][data-label="agent1.2"]').click();
  await expect(page.getByTestId("answer-body").locator("h2, h1, p").first()).toBeVisible();
  await page.getByTestId("answer-diff-toggle").check();
  const diff = page.getByTestId("answer-diff");
  await expect(diff).toBeVisible();
  await expect(diff.locator('[data-diff="added"], [data-diff="removed"]').first()).toBeVisible();
  await page.screenshot({ path: "test-results/e2e/answers-diff.png", fullPage: true });
});

test("G5: 'what the agent had seen' loads context.txt on demand", async ({ page }) => {
  await openAnswers(page, G5);
  await page.locator('[data-testid="answer-item"][data-label="agent1.2"]').click();
  await page.getByTestId("answer-context-button").click();
  const ctx = page.getByTestId("answer-context");
  await expect(ctx).toContainText("Answers shown");
  await expect(ctx).toContainText("new_answer");
  await expect(ctx).toContainText("Build a Python CLI");
  // the panel follows the selection
  await page.locator('[data-testid="answer-item"][data-label="agent2.2"]').click();
  await expect(ctx).toContainText("agent2.2");
  await page.getByTestId("final-answer-item").click();
  await expect(ctx).toContainText("Vote summary");
  await page.locator('[data-testid="answer-item"][data-label="agent1.2"]').click();
  await expect(ctx).toContainText("Answers shown");
  await page.screenshot({ path: "test-results/e2e/answers-context.png", fullPage: true });
});

test("G5: filter by agent", async ({ page }) => {
  await openAnswers(page, G5);
  await page.getByTestId("answer-agent-filter").getByRole("button", { name: /agent_b/ }).click();
  expect(await labels(page)).toEqual(["agent2.1", "agent2.2"]);
});

for (const [name, url, expected] of [
  ["G4", G4, 7],
  ["G3", G3, 6],
] as const) {
  test(`${name}: every answer is listed`, async ({ page }) => {
    await openAnswers(page, url);
    expect(await labels(page)).toHaveLength(expected);
    await expect(page.getByTestId("final-answer-card")).toBeVisible();
  });
}

test("a running run shows its answers and no final answer yet", async ({ page }) => {
  await openAnswers(page, RUNNING);
  expect((await labels(page)).sort()).toEqual(["agent1.1", "agent2.1", "agent3.1"]);
  await expect(page.getByTestId("final-answer-card")).toHaveCount(0);
  await expect(page.getByTestId("answer-body")).toBeVisible();
});

test("hostile answers, ids and file names stay inert", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const panel = await openAnswers(page, HOSTILE);
  await expect(page.getByTestId("final-answer-card")).toContainText("Bob Dylan");
  await expect(page.getByTestId("workspace-files")).toContainText("<U+202E>");
  for (const label of ["agent1.1", "agent1.2", "agent2.1"]) {
    await page.locator(`[data-testid="answer-item"][data-label="${label}"]`).click();
    await expect(page.getByTestId("answer-body")).toBeVisible();
  }
  await page.getByTestId("answer-context-button").click();
  await expect(page.getByTestId("answer-context")).toHaveAttribute("aria-label", /What/);
  await expect(page.getByTestId("answer-context").locator("[data-state]")).not.toHaveAttribute("data-state", "loading");
  expect(dialogs).toEqual([]);
  expect(await panel.locator("script, svg[onload], img[onerror], [onerror], [onload], iframe, object, embed").count()).toBe(0);
  const hrefs = await panel.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h))).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/answers-hostile.png", fullPage: true });
});

test.describe("context route", () => {
  for (const dir of ["../status.json", "agent_a/../../..", "/etc/passwd", "%2e%2e/%2e%2e", "agent_a\\..", "a/b/c"]) {
    test(`rejects dir=${JSON.stringify(dir)} with 400`, async ({ request }) => {
      const res = await request.get(`${CONTEXT_API}?turn=1&attempt=1&dir=${encodeURIComponent(dir)}`);
      expect(res.status()).toBe(400);
      expect(await res.text()).not.toContain("/etc");
    });
  }

  test("rejects a NUL byte and a raw encoded traversal", async ({ request }) => {
    expect((await request.get(`${CONTEXT_API}?turn=1&attempt=1&dir=agent_a%2F%00x`)).status()).toBe(400);
    expect((await request.get(`${CONTEXT_API}?turn=1&attempt=1&dir=agent_a%2F%252e%252e`)).status()).toBe(400);
  });

  test("serves a snapshot's context and 404s an unknown run", async ({ request }) => {
    const ok = await request.get(`${CONTEXT_API}?turn=1&attempt=1&dir=final%2Fagent_c`);
    expect(ok.status()).toBe(200);
    expect((await ok.json()).view.kind).toBe("final");
    expect((await request.get(`${CONTEXT_API}?turn=9&attempt=1&dir=final%2Fagent_c`)).status()).toBe(404);
  });
});
