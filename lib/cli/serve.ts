import { configToEnv } from "@/lib/server/config";
import { closeStore, getStore } from "@/lib/server/store";
import { CliError } from "./cli-error";
import { createGuardedServer, hostsFor, listenWithFallback } from "./http-server";
import { createNextHandler, type RequestHandler } from "./next-handler";
import { standaloneDir } from "./paths";
import { chooseRoots } from "./roots";

export interface ServeOptions {
  host: string;
  port: string;
  logs: string[];
  demo?: boolean;
  open: boolean;
  unsafeNoAuth?: boolean;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

function parsePort(s: string): number {
  if (!/^[0-9]{1,5}$/.test(s) || Number(s) > 65535) throw new CliError(`--port must be a number between 0 and 65535, got "${s}"`);
  return Number(s);
}

export async function runServe(opts: ServeOptions): Promise<void> {
  const host = opts.host.replace(/^\[(.*)\]$/, "$1");
  if (!LOOPBACK.has(host) && !opts.unsafeNoAuth) {
    throw new CliError(`refusing to serve on ${opts.host} without authentication: anyone who can reach it could read your logs (pass --unsafe-no-auth to do it anyway)`);
  }
  const wanted = parsePort(opts.port);
  // Resolve user paths now: the Next server changes directory into its own folder.
  const choice = chooseRoots({ logs: opts.logs, demo: opts.demo ?? false });
  const dir = standaloneDir();
  if (!dir) throw new CliError("the built app is missing (dist/standalone); run `npm run build` first");

  let resolveReady!: (h: RequestHandler) => void;
  let rejectReady!: (e: unknown) => void;
  const ready = new Promise<RequestHandler>((res, rej) => ((resolveReady = res), (rejectReady = rej)));
  let allowed: ReadonlySet<string> = new Set();
  const server = createGuardedServer(ready, () => allowed);
  const port = await listenWithFallback(server, host, wanted).catch((e: Error) => {
    throw new CliError(`cannot listen on ${opts.host}:${wanted}: ${e.message}`);
  });
  allowed = hostsFor(host, port);
  if (port !== wanted) console.log(`Port ${wanted} is in use; using ${port} instead.`);

  Object.assign(process.env, configToEnv({ roots: choice.roots, demo: choice.demo, host, port, token: null, watch: choice.demo ? "off" : "native" }));
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
  const url = `http://${urlHost}:${port}/`;
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
