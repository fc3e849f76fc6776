import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

interface NextApp {
  prepare(): Promise<void>;
  getRequestHandler(): RequestHandler;
  close(): Promise<void>;
}

/**
 * Next's request handler for the standalone output, without its generated
 * server.js (we need our own http server to guard every request). This is the
 * documented custom-server API, fed the config that `next build` serialized in
 * required-server-files.json, exactly as server.js does; `next` is resolved
 * from the standalone dir's traced node_modules, not from the package deps.
 */
export async function createNextHandler(standaloneDir: string, host: string, port: number): Promise<{ handle: RequestHandler; close: () => Promise<void> }> {
  const manifest = JSON.parse(readFileSync(path.join(standaloneDir, ".next", "required-server-files.json"), "utf8")) as { config: Record<string, unknown> };
  (process.env as Record<string, string>).NODE_ENV = "production";
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(manifest.config);
  // Like server.js: Next resolves its files from the cwd. User paths were resolved before this.
  process.chdir(standaloneDir);
  const requireFromStandalone = createRequire(path.join(standaloneDir, "server.js"));
  const next = requireFromStandalone("next") as (opts: Record<string, unknown>) => NextApp;
  const app = next({ dev: false, dir: standaloneDir, conf: manifest.config, hostname: host, port, customServer: true });
  await app.prepare();
  return { handle: app.getRequestHandler(), close: () => app.close() };
}
