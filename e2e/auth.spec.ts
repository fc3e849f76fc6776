import { expect, test } from "@playwright/test";
import http from "node:http";
import { copyFixtures, runCli, startServer } from "./support/cli.mjs";

/**
 * Issue 8: binding beyond loopback needs --token (or --unsafe-no-auth). The
 * server binds 127.0.0.2 — not one of the loopback names the CLI waves
 * through, yet traffic stays on this machine.
 */
const PORT = Number(process.env.E2E_PORT ?? 4610) + 8;
const TOKEN = "e2e-token_0123456789abcdef";

function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname: u.hostname, port: u.port, path: `${u.pathname}${u.search}`, headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("a non-loopback host without --token or --unsafe-no-auth is refused", async () => {
  const r = await runCli(["--no-open", "--host", "127.0.0.2", "--port", String(PORT), "--demo"]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/--token/);
});

test("a bad token is refused", async () => {
  const r = await runCli(["--no-open", "--host", "127.0.0.2", "--port", String(PORT), "--demo", "--token", "short"]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/--token must be/);
});

test.describe("with --token", () => {
  const [root] = copyFixtures(["logs"]);
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  let origin = "";
  test.beforeAll(async () => {
    server = await startServer(["--host", "127.0.0.2", "--port", String(PORT), "--token", TOKEN, "--logs", root]);
    const printed = new URL(server.url);
    expect(printed.searchParams.get("token")).toBe(TOKEN);
    origin = printed.origin;
  });
  test.afterAll(() => server?.stop());

  test("without the token or cookie: 401 and no data, on pages, route handlers and static files", async () => {
    for (const p of ["/", "/runs/log_20251229_013250_406604/turn/1/attempt/1", "/api/runs/log_20251229_013250_406604/report?turn=1", "/icon.svg", "/_next/static/chunks/x.js", "/?token=wrong-token-0123456789"]) {
      const r = await get(`${origin}${p}`);
      expect(r.status, p).toBe(401);
      expect(r.body, p).not.toContain("log_2025");
      expect(r.body.length, p).toBeLessThan(200);
    }
  });

  test("the token becomes an HttpOnly SameSite=Strict cookie and a redirect to the clean URL", async () => {
    const r = await get(`${origin}/runs/log_20251229_013250_406604?tab=votes&token=${TOKEN}`);
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe("/runs/log_20251229_013250_406604?tab=votes");
    const cookie = String(r.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const ok = await get(`${origin}/`, { cookie: cookie.split(";")[0] ?? "" });
    expect(ok.status).toBe(200);
    expect(ok.body).toContain("log_2025");
  });

  test("in the browser: the printed URL opens the app, the token leaves the address bar, the page hydrates", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server?.url ?? "");
    await expect(page).toHaveURL(`${origin}/`);
    await expect(page.getByRole("link", { name: /log_2025|Bob Dylan/ }).first()).toBeVisible();
    await page.goto(`${origin}/runs/log_20251229_013250_406604/turn/1/attempt/1`);
    await expect(page.getByTestId("run-header")).toBeVisible();
    await page.getByTestId("tab-votes").click();
    await expect(page).toHaveURL(/tab=votes/);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name.startsWith("massgen-dash-token"))).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    expect(errors).toEqual([]);
  });
});
