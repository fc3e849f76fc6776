import { expect, test } from "@playwright/test";
import http from "node:http";

/** Raw request so the Host header can be forged (fetch/Playwright set it themselves). */
function get(url: string, host: string): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { hostname: u.hostname, port: u.port, path: u.pathname, method: "GET", headers: { Host: host } },
      (res) => {
        let body = "";
        res.on("data", (d) => (body += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

test.describe("DNS rebinding: a forged Host header gets no data", () => {
  for (const path of ["/", "/runs/log_20251225_204406_076604/turn/1/attempt/1", "/favicon.ico"]) {
    test(`forged Host on ${path}`, async ({ baseURL }) => {
      const r = await get(`${baseURL}${path}`, "attacker.example:4610");
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(r.body).not.toContain("log_2025");
      expect(r.body.length).toBeLessThan(200);
    });
  }

  test("the server's own host is served", async ({ baseURL }) => {
    const u = new URL(baseURL!);
    const r = await get(`${baseURL}/`, u.host);
    expect(r.status).toBe(200);
    const r2 = await get(`${baseURL}/`, `localhost:${u.port}`);
    expect(r2.status).toBe(200);
  });
});

test("security headers are set", async ({ request }) => {
  const res = await request.get("/");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["referrer-policy"]).toBeTruthy();
});
