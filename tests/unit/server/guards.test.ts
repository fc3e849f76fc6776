import { describe, expect, it } from "vitest";
import { allowedHosts, checkHost, checkSameOriginWrite } from "@/lib/server/guards";

const allowed = allowedHosts("127.0.0.1", 4545);
const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] ?? null });

describe("Host allowlist (DNS rebinding)", () => {
  it.each(["127.0.0.1:4545", "localhost:4545", "LOCALHOST:4545", "[::1]:4545"])("accepts %s", (h) => {
    expect(checkHost(h, allowed).ok).toBe(true);
  });
  it.each([undefined, "", "evil.example:4545", "127.0.0.1:80", "localhost", "127.0.0.1.nip.io:4545"])("refuses %s", (h) => {
    expect(checkHost(h, allowed)).toMatchObject({ ok: false, status: 421 });
  });
});

describe("same-origin write check", () => {
  it("accepts a same-origin request from our own page", () => {
    expect(checkSameOriginWrite(headers({ origin: "http://127.0.0.1:4545", "sec-fetch-site": "same-origin" }), allowed).ok).toBe(true);
  });
  it.each([
    [{ origin: "http://evil.example", "sec-fetch-site": "cross-site" }],
    [{ origin: "http://evil.example:4545" }],
    [{ "sec-fetch-site": "same-origin" }],
    [{ origin: "null" }],
  ])("refuses %j", (h) => {
    expect(checkSameOriginWrite(headers(h), allowed)).toMatchObject({ ok: false, status: 403 });
  });
});
