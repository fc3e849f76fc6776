import { describe, expect, it } from "vitest";
import { allowedHosts, checkHost, checkSameOriginWrite, checkWriteRequest, WRITE_HEADER } from "@/lib/server/guards";

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

describe("write request check (same origin + custom header)", () => {
  const ours = { origin: "http://127.0.0.1:4545", "sec-fetch-site": "same-origin" };
  it("accepts our own page's request with the custom header", () => {
    expect(checkWriteRequest(headers({ ...ours, [WRITE_HEADER]: "1" }), allowed).ok).toBe(true);
  });
  it.each([
    [ours],
    [{ ...ours, [WRITE_HEADER]: "0" }],
    [{ origin: "http://evil.example", "sec-fetch-site": "cross-site", [WRITE_HEADER]: "1" }],
    [{ "sec-fetch-site": "same-origin", [WRITE_HEADER]: "1" }],
  ])("refuses %j", (h) => {
    expect(checkWriteRequest(headers(h), allowed)).toMatchObject({ ok: false, status: 403 });
  });
});
