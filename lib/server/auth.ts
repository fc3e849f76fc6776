import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Token auth for a server bound beyond loopback (issue 8), as Jupyter does it:
 * the printed URL carries `?token=` once; the server answers with an HttpOnly
 * SameSite=Strict cookie and a redirect to the same URL without the token, so
 * it does not stay in the address bar, history or Referer. Every other request
 * needs that cookie (or `Authorization: Bearer <token>` for scripts); pages,
 * route handlers and static files alike get 401 without it.
 */
export const TOKEN_PARAM = "token";

/** A valid token: long enough not to guess, URL- and cookie-safe so it survives both unescaped. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,256}$/;

/** Cookies ignore the port, so two servers on one host each get their own cookie name. */
export function authCookieName(port: number): string {
  return `massgen-dash-token-${port}`;
}

export type AuthVerdict =
  | { kind: "ok" }
  | { kind: "redirect"; location: string; setCookie: string }
  | { kind: "unauthorized" };

function digest(s: string): Buffer {
  return createHash("sha256").update(s).digest();
}

/** Constant-time compare (hashing first makes the lengths equal). */
export function tokenMatches(given: string | null | undefined, token: string): boolean {
  return typeof given === "string" && timingSafeEqual(digest(given), digest(token));
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export interface AuthRequest {
  url: string;
  cookie?: string;
  authorization?: string;
}

/** The verdict for one request; `token` null means auth is off (loopback without --token). */
export function checkAuth(req: AuthRequest, token: string | null, port: number): AuthVerdict {
  if (token === null) return { kind: "ok" };
  const name = authCookieName(port);
  const url = new URL(req.url, "http://x");
  const fromQuery = url.searchParams.get(TOKEN_PARAM);
  if (fromQuery !== null) {
    if (!tokenMatches(fromQuery, token)) return { kind: "unauthorized" };
    url.searchParams.delete(TOKEN_PARAM);
    const setCookie = `${name}=${token}; Path=/; HttpOnly; SameSite=Strict`;
    // never "//host…": a protocol-relative Location would leave this server
    const location = `${url.pathname}${url.search}`.replace(/^[/\\]+/, "/");
    return { kind: "redirect", location, setCookie };
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.authorization ?? "")?.[1];
  if (tokenMatches(cookieValue(req.cookie, name), token) || tokenMatches(bearer, token)) return { kind: "ok" };
  return { kind: "unauthorized" };
}
