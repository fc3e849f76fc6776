import { describe, expect, it } from "vitest";
import { authCookieName, checkAuth, tokenMatches } from "@/lib/server/auth";
import { contentSecurityPolicy, makeNonce } from "@/lib/server/csp";
import { checkAuthOptions } from "@/lib/cli/serve";

const TOKEN = "s3cret-token_0123456789";
const PORT = 4545;
const cookie = `${authCookieName(PORT)}=${TOKEN}`;

describe("token auth (issue 8, non-loopback binding)", () => {
  it("is off without a token", () => {
    expect(checkAuth({ url: "/" }, null, PORT)).toEqual({ kind: "ok" });
  });

  it("turns ?token= into an HttpOnly SameSite=Strict cookie and redirects to the clean URL", () => {
    const v = checkAuth({ url: `/runs/x?tab=votes&token=${TOKEN}` }, TOKEN, PORT);
    expect(v).toMatchObject({ kind: "redirect", location: "/runs/x?tab=votes" });
    if (v.kind !== "redirect") throw new Error("unreachable");
    expect(v.setCookie).toContain(`${authCookieName(PORT)}=${TOKEN}`);
    expect(v.setCookie).toMatch(/HttpOnly/);
    expect(v.setCookie).toMatch(/SameSite=Strict/);
    expect(v.setCookie).toMatch(/Path=\//);
  });

  it.each(["//evil.example/x", "/\\evil.example/x", "////evil.example"])("never redirects off-site from %s", (p) => {
    const v = checkAuth({ url: `${p}?token=${TOKEN}` }, TOKEN, PORT);
    if (v.kind !== "redirect") throw new Error("expected a redirect");
    expect(v.location.startsWith("//")).toBe(false);
    expect(v.location.startsWith("/\\")).toBe(false);
    expect(new URL(v.location, "http://127.0.0.1:4545").host).toBe("127.0.0.1:4545");
  });

  it("accepts the cookie or a Bearer header", () => {
    expect(checkAuth({ url: "/_next/static/x.js", cookie: `a=b; ${cookie}` }, TOKEN, PORT).kind).toBe("ok");
    expect(checkAuth({ url: "/api/runs/x/trace", authorization: `Bearer ${TOKEN}` }, TOKEN, PORT).kind).toBe("ok");
  });

  it.each([
    [{ url: "/" }],
    [{ url: "/?token=wrong-token-0123456789" }],
    [{ url: "/", cookie: `${authCookieName(PORT)}=nope` }],
    [{ url: "/", cookie: `${authCookieName(PORT + 1)}=${TOKEN}` }],
    [{ url: "/", authorization: `Basic ${TOKEN}` }],
    [{ url: `/?token=${TOKEN}x` }],
  ])("refuses %j", (req) => {
    expect(checkAuth(req, TOKEN, PORT)).toEqual({ kind: "unauthorized" });
  });

  it("compares in constant time whatever the lengths", () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches("", TOKEN)).toBe(false);
    expect(tokenMatches(null, TOKEN)).toBe(false);
  });
});

describe("CLI auth options", () => {
  it("allows loopback without a token", () => {
    expect(checkAuthOptions("127.0.0.1", {})).toBeNull();
    expect(checkAuthOptions("::1", {})).toBeNull();
  });
  it("refuses a non-loopback host without --token or --unsafe-no-auth", () => {
    expect(() => checkAuthOptions("0.0.0.0", {})).toThrow(/--token/);
    expect(() => checkAuthOptions("127.0.0.2", {})).toThrow(/without authentication/);
  });
  it("accepts a non-loopback host with a token, or with --unsafe-no-auth", () => {
    expect(checkAuthOptions("0.0.0.0", { token: TOKEN })).toBe(TOKEN);
    expect(checkAuthOptions("0.0.0.0", { unsafeNoAuth: true })).toBeNull();
  });
  it.each(["short", "has space in it 0123456", "semi;colon0123456789", "a".repeat(257)])("refuses the token %j", (t) => {
    expect(() => checkAuthOptions("0.0.0.0", { token: t })).toThrow(/--token must be/);
  });
  it("refuses --token with --unsafe-no-auth", () => {
    expect(() => checkAuthOptions("0.0.0.0", { token: TOKEN, unsafeNoAuth: true })).toThrow(/together/);
  });
});

describe("content security policy", () => {
  it("allows scripts only with this request's nonce, and is never framed", () => {
    const n = makeNonce();
    const csp = contentSecurityPolicy(n);
    const script = csp.split("; ").find((d) => d.startsWith("script-src")) ?? "";
    expect(script).toContain(`'nonce-${n}'`);
    expect(script).not.toContain("unsafe-inline");
    expect(script).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  it("makes a fresh nonce each time, in the form Next extracts", () => {
    const a = makeNonce();
    expect(a).not.toBe(makeNonce());
    // next/dist/server/app-render/get-script-nonce-from-header.js: /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/
    expect(`'nonce-${a}'`).toMatch(/^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/);
  });
});
