// Playwright webServer: serve temp copies of the committed fixture roots.
import { spawn } from "node:child_process";
import { cliPath, copyFixtures, repoRoot, testEnv } from "./cli.mjs";

const port = process.argv[2] ?? "4610";
const roots = copyFixtures(["logs", "broken"]);
const args = [cliPath, "--no-open", "--port", port, ...roots.flatMap((r) => ["--logs", r])];
const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: "inherit", env: testEnv() });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
