import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { checkAuth } from "@/lib/server/auth";
import { contentSecurityPolicy, makeNonce } from "@/lib/server/csp";
import { allowedHosts, checkHost, SECURITY_HEADERS } from "@/lib/server/guards";
import { checkRequestPath } from "@/lib/server/path-guard";
import type { RequestHandler } from "./next-handler";

/** What the guard needs to know about the bound server; read per request (the port is known only after listen). */
export interface GuardState {
  allowed: ReadonlySet<string>;
  /** null: no auth (loopback without --token) */
  token: string | null;
  port: number;
}

function plain(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra });
  res.end(body);
}

/**
 * Our own http server in front of Next: the Host allowlist (DNS rebinding) and
 * the token check run on EVERY request — pages, /_next assets and route
 * handlers — before Next sees it (never only in Next's proxy: CVE-2025-29927),
 * and security headers, with a fresh CSP nonce, are set on every response.
 */
export function createGuardedServer(ready: Promise<RequestHandler>, state: () => GuardState): Server {
  return createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    const csp = contentSecurityPolicy(makeNonce());
    res.setHeader("Content-Security-Policy", csp);
    // Next takes the nonce for its own scripts from the request's CSP header (lib/server/csp.ts);
    // whatever the client sent under that name is replaced.
    req.headers["content-security-policy"] = csp;
    delete req.headers["content-security-policy-report-only"];
    const s = state();
    const verdict = checkHost(req.headers.host, s.allowed);
    if (!verdict.ok) return plain(res, verdict.status, verdict.status === 421 ? "Misdirected request\n" : "Forbidden\n");
    const auth = checkAuth({ url: req.url ?? "/", cookie: req.headers.cookie, authorization: req.headers.authorization }, s.token, s.port);
    if (auth.kind === "unauthorized") {
      return plain(res, 401, "Unauthorized: open the URL with ?token=… that massgen-dash printed when it started.\n");
    }
    if (auth.kind === "redirect") return plain(res, 302, "", { Location: auth.location, "Set-Cookie": auth.setCookie });
    const where = checkRequestPath(req.url ?? "/");
    // the reason only: never the path itself (it may name something outside the roots)
    if (!where.ok) return plain(res, where.status, `${where.status === 404 ? "Not found" : "Bad request"}: ${where.reason}\n`);
    ready.then(
      (handle) => handle(req, res),
      () => {
        res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Server failed to start\n");
      },
    );
  });
}

/** Listen on `port`, or the next free one (up to `tries`), returning the port bound. */
export async function listenWithFallback(server: Server, host: string, port: number, tries = 20): Promise<number> {
  for (let p = port; p < port + tries; p++) {
    const bound = await new Promise<boolean>((resolve, reject) => {
      const onError = (e: NodeJS.ErrnoException) => {
        server.off("listening", onListening);
        if (e.code === "EADDRINUSE") resolve(false);
        else reject(e);
      };
      const onListening = () => {
        server.off("error", onError);
        resolve(true);
      };
      server.once("error", onError);
      server.once("listening", onListening);
      server.listen(p, host);
    });
    if (bound) return (server.address() as AddressInfo).port;
    if (port === 0) break;
  }
  throw new Error(`no free port in ${port}–${port + tries - 1}`);
}

/** With a wildcard bind (only after --unsafe-no-auth) the machine's own addresses are valid hosts too. */
export function hostsFor(host: string, port: number): Set<string> {
  const wildcard = host === "0.0.0.0" || host === "::";
  const extra = wildcard
    ? Object.values(os.networkInterfaces())
        .flat()
        .flatMap((i) => (i ? [i.address] : []))
    : [];
  return allowedHosts(host, port, [...extra, os.hostname()].filter(() => wildcard));
}
