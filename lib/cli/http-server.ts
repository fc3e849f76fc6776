import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { allowedHosts, checkHost, SECURITY_HEADERS } from "@/lib/server/guards";
import type { RequestHandler } from "./next-handler";

/**
 * Our own http server in front of Next: the Host allowlist (DNS rebinding)
 * runs on EVERY request — pages, /_next assets and route handlers — before
 * Next sees it, and security headers are set on every response.
 */
export function createGuardedServer(ready: Promise<RequestHandler>, allowed: () => ReadonlySet<string>): Server {
  return createServer((req, res) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    const verdict = checkHost(req.headers.host, allowed());
    if (!verdict.ok) {
      res.writeHead(verdict.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end(verdict.status === 421 ? "Misdirected request\n" : "Forbidden\n");
      return;
    }
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
