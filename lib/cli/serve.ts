import { configToEnv } from "@/lib/server/config";
import { closeStore, getStore } from "@/lib/server/store";
import { TOKEN_PARAM, TOKEN_PATTERN } from "@/lib/server/auth";
import { CliError } from "./cli-error";
import { createGuardedServer, type GuardState, hostsFor, listenWithFallback } from "./http-server";
import { createNextHandler, type RequestHandler } from "./next-handler";
import { standaloneDir } from "./paths";
import { chooseRoots } from "./roots";

export interface ServeOptions {
  host: string;
  port: string;
  logs: string[];
  demo?: boolean;
  open: boolean;
  token?: string;
  unsafeNoAuth?: boolean;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

function parsePort(s: string): number {
  if (!/^[0-9]{1,5}$/.test(s) || Number(s) > 65535) throw new CliError(`--port must be a number between 0 and 65535, got "${s}"`);
  return Number(s);
}

/** issue 8: beyond loopback, --token (or an explicit --unsafe-no-auth); a given token is enforced on loopback too. */
export function checkAuthOptions(host: string, opts: Pick<ServeOptions, "token" | "unsafeNoAuth">): string | null {
  if (opts.token !== undefined && !TOKEN_PATTERN.test(opts.token)) {
    throw new CliError("--token must be 16 to 256 characters of A-Z, a-z, 0-9, _ and - (e.g. `openssl rand -hex 24`)");
  }
  if (opts.token !== undefined && opts.unsafeNoAuth) throw new CliError("--token and --unsafe-no-auth cannot be used together");
  if (!LOOPBACK.has(host) && opts.token === undefined && !opts.unsafeNoAuth) {
    throw new CliError(
      `refusing to serve on ${host} without authentication: anyone who can reach it could read your logs (pass --token <secret>, or --unsafe-no-auth to do it anyway)`,
    );
  }
  return opts.token ?? null;
}

export async function runServe(opts: ServeOptions): Promise<void> {
  const host = opts.host.replace(/^\[(.*)\]$/, "$1");
  const token = checkAuthOptions(host, opts);
  const wanted = parsePort(opts.port);
  // Resolve user paths now: the Next server changes directory into its own folder.
  const choice = chooseRoots({ logs: opts.logs, demo: opts.demo ?? false });
  const dir = standaloneDir();
  if (!dir) throw new CliError("the built app is missing (dist/standalone); run `npm run build` first");

  let resolveReady!: (h: RequestHandler) => void;
  let rejectReady!: (e: unknown) => void;
  const ready = new Promise<RequestHandler>((res, rej) => ((resolveReady = res), (rejectReady = rej)));
  let guard: GuardState = { allowed: new Set(), token, port: wanted };
  const server = createGuardedServer(ready, () => guard);
  const port = await listenWithFallback(server, host, wanted).catch((e: Error) => {
    throw new CliError(`cannot listen on ${opts.host}:${wanted}: ${e.message}`);
  });
  guard = { allowed: hostsFor(host, port), token, port };
  if (port !== wanted) console.log(`Port ${wanted} is in use; using ${port} instead.`);

  Object.assign(process.env, configToEnv({ roots: choice.roots, demo: choice.demo, host, port, token, watch: choice.demo ? "off" : "native" }));
  const next = await createNextHandler(dir, host, port).catch((e: unknown) => {
    rejectReady(e);
    throw new CliError(`the app failed to start: ${e instanceof Error ? e.message : String(e)}`);
  });
  resolveReady(next.handle);
  // Start the index now rather than on the first request. The store is keyed on
  // globalThis, so Next's route modules find and share this one (lib/server/store.ts).
  const t0 = performance.now();
  const store = getStore();
  void store.ready.then(() => {
    const n = store.getView().logs.length;
    console.log(`Indexed ${n} log dir${n === 1 ? "" : "s"} in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  });

  const urlHost = host.includes(":") ? `[${host}]` : host;
  // The token travels in the URL once; the server swaps it for a cookie (lib/server/auth.ts).
  const url = `http://${urlHost}:${port}/${token ? `?${TOKEN_PARAM}=${token}` : ""}`;
  if (choice.demo) {
    const why = opts.demo ? "--demo" : `no MassGen logs found in ${choice.searched.join(", ")}`;
    console.log(`Serving the bundled demo logs (${why}).`);
  } else {
    console.log(`Serving MassGen logs from ${choice.roots.join(", ")}`);
  }
  console.log(`massgen-dash is running at ${url}  (Ctrl-C to stop)`);
  if (opts.open) {
    const { default: open } = await import("open");
    open(url).catch(() => console.log("Could not open a browser; open the URL above."));
  }
  installShutdown(async () => {
    server.closeAllConnections();
    // next.close() can wait on idle workers; the process exits right after, so it is not awaited.
    await Promise.allSettled([new Promise((r) => server.close(r)), closeStore()]);
  });
}

function installShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log("\nStopping massgen-dash.");
    // Never hang on a slow close: exit anyway after a moment.
    setTimeout(() => process.exit(0), 2000).unref();
    void stop().finally(() => process.exit(0));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
}
