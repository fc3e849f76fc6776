import "server-only";

/**
 * Request guards for the local server (issue #2 "Safety baseline"; STYLE.md:
 * inspect_ai's hardened localhost server). Pure functions: the server entry
 * applies checkHost to every request before Next sees it.
 */

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"];
const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]"]);

function bracket(host: string): string {
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
}

/**
 * The Host header values this server answers to: its own bound host:port and
 * the loopback names with that port. A DNS-rebinding page reaches us under its
 * own name, so anything else is refused. `extraHosts`: the machine's addresses
 * when bound to a wildcard (only with --unsafe-no-auth).
 */
export function allowedHosts(boundHost: string, port: number, extraHosts: readonly string[] = []): Set<string> {
  const names = new Set([...LOOPBACK_NAMES, ...extraHosts.map(bracket)]);
  if (!WILDCARD_HOSTS.has(boundHost)) names.add(bracket(boundHost.toLowerCase()));
  return new Set([...names].map((n) => `${n}:${port}`));
}

export type GuardResult = { ok: true } | { ok: false; status: 403 | 421; reason: string };

/** Host allowlist check for DNS rebinding: 421 for a host we do not serve. */
export function checkHost(hostHeader: string | string[] | undefined, allowed: ReadonlySet<string>): GuardResult {
  if (typeof hostHeader !== "string" || hostHeader === "") return { ok: false, status: 421, reason: "missing Host header" };
  return allowed.has(hostHeader.toLowerCase()) ? { ok: true } : { ok: false, status: 421, reason: "unexpected Host header" };
}

/**
 * Same-origin check for write routes: the browser must say the request comes
 * from our own page (Sec-Fetch-Site) and name our origin (Origin). A missing
 * Origin is refused: every browser sends it on POST/PUT/DELETE.
 */
export function checkSameOriginWrite(
  headers: { get(name: string): string | null },
  allowed: ReadonlySet<string>,
): GuardResult {
  const site = headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return { ok: false, status: 403, reason: "cross-site request" };
  const origin = headers.get("origin");
  if (!origin) return { ok: false, status: 403, reason: "missing Origin header" };
  let host: string;
  try {
    const u = new URL(origin);
    if (u.protocol !== "http:") return { ok: false, status: 403, reason: "unexpected Origin" };
    host = u.host;
  } catch {
    return { ok: false, status: 403, reason: "malformed Origin header" };
  }
  return allowed.has(host.toLowerCase()) ? { ok: true } : { ok: false, status: 403, reason: "unexpected Origin" };
}

/**
 * Headers set on every response (no sniffing, no referrer leak, never framed).
 * The Content-Security-Policy is per request (a fresh nonce): lib/server/csp.ts.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** The header our own page sends on every write (issue 8: a custom header on state-changing requests). */
export const WRITE_HEADER = "x-massgen-dash";

/**
 * Everything a write route requires: the same-origin check above plus the
 * custom header. A cross-site page can only add a custom header through a CORS
 * preflight, which this server never grants, so a plain form or `text/plain`
 * POST is refused even by a browser that sends neither Origin nor Sec-Fetch-Site.
 */
export function checkWriteRequest(headers: { get(name: string): string | null }, allowed: ReadonlySet<string>): GuardResult {
  if (headers.get(WRITE_HEADER) !== "1") return { ok: false, status: 403, reason: `missing ${WRITE_HEADER} header` };
  return checkSameOriginWrite(headers, allowed);
}
