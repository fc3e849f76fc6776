// Playwright webServer: serve temp copies of the committed fixture roots, and
// record their hashes for the integrity check in globalTeardown.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cliPath, copyFixtures, repoRoot, testEnv } from "./cli.mjs";
import { manifestPath } from "./serve-fixtures-manifest.mjs";
import { hashTree } from "./tree-hash.mjs";

const port = process.argv[2] ?? "4610";
const roots = copyFixtures(["logs", "broken"]);
mkdirSync(path.dirname(manifestPath), { recursive: true });
writeFileSync(manifestPath, JSON.stringify({ roots: roots.map((root) => ({ root, hashes: hashTree(root) })) }));
const args = [cliPath, "--no-open", "--port", port, ...roots.flatMap((r) => ["--logs", r])];
const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: "inherit", env: testEnv() });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
