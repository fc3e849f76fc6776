import { appendFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test } from "@playwright/test";
import { copyFixtures, runCli } from "./support/cli.mjs";

/**
 * Issue 7 "Static share bundle": the built CLI's `export` writes a page that
 * opens from file:// with no server, shows the winner, every vote reason and
 * the charts, makes no request, and holds no secret from the config.
 */
const LOG = "log_20251225_204406_076604";
const SECRET = "sk-e2e-planted-secret-9f8e7d6c5b4a";

function voteReasons(runDir: string): string[] {
  return readdirSync(runDir)
    .filter((a) => a.startsWith("agent_"))
    .flatMap((a) => readdirSync(path.join(runDir, a)).map((ts) => path.join(runDir, a, ts, "vote.json")))
    .flatMap((f) => {
      try {
        const reason = (JSON.parse(readFileSync(f, "utf8")) as { reason?: unknown }).reason;
        return typeof reason === "string" && reason ? [reason] : [];
      } catch {
        return [];
      }
    });
}

test("the export bundle opens from file:// and shows the run, with no secret and no request", async ({ page }) => {
  const [logs] = copyFixtures(["logs"]);
  if (!logs) throw new Error("fixtures missing");
  // the committed fixture configs hold no key: plant one under a secret-looking key
  appendFileSync(path.join(logs, LOG, "turn_1", "attempt_1", "execution_metadata.yaml"), `openai_api_key: ${SECRET}\n`);
  const out = mkdtempSync(path.join(tmpdir(), "massgen-dash-export-"));
  const r = await runCli(["export", "--log-dir", path.join(logs, LOG), "--turn", "1", "--out", out]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toMatch(/size limit per file: 5\.00 MB/);
  expect(r.stdout).toMatch(/KB\s+\S+index\.html/);

  for (const f of readdirSync(out)) expect(readFileSync(path.join(out, f), "utf8")).not.toContain(SECRET);

  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (req) => requests.push(req.url()));
  page.on("pageerror", (e) => errors.push(e.message));
  const url = pathToFileURL(path.join(out, "index.html")).href;
  await page.goto(url);

  await expect(page.getByTestId("bundle-winner")).toContainText("agent_c");
  // 8 accepted votes and 1 ignored one, each with its reason
  await expect(page.getByTestId("bundle-vote")).toHaveCount(9);
  // every reason MassGen recorded in a vote.json, in full, in the votes section
  const reasons = voteReasons(path.join(logs, LOG, "turn_1", "attempt_1"));
  expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) {
    const shown = page.locator("#votes").getByText(reason, { exact: true }).first();
    await shown.scrollIntoViewIfNeeded();
    await expect(shown).toBeVisible();
  }
  const chart = page.getByRole("img", { name: "Tokens per agent" });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toBeVisible();
  await expect(page.getByTestId("bundle-timeline")).toBeVisible();
  await expect(page.getByTestId("bundle-report")).toContainText("MassGen Log Analysis Report");

  expect(errors).toEqual([]);
  // only the page itself: no fetch, no image, no font, nothing remote or local besides index.html
  expect(requests).toEqual([url]);
});
