import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const FIXTURES = path.resolve(__dirname, "../../fixtures");
export const SAMPLE = "log_20251225_204406_076604";
export const HOSTILE = "log_20260201_100007_000007";
/** Not in any committed fixture: planted in the temp copy's config (and echoed into an answer). */
export const SECRET = "sk-test-Zq8&<Secret>'x9-0123456789abcdef";
export const TOKEN_SECRET = "ghp_plantedTokenValue1234567890";

/** A writable temp log root holding one fixture log, with a secret planted in its config. */
export function tempRoot(group: "logs" | "broken", logName: string): { root: string; out: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mgd-export-"));
  const root = path.join(dir, "massgen_logs");
  mkdirSync(root);
  cpSync(path.join(FIXTURES, group, logName), path.join(root, logName), { recursive: true });
  return { root, out: path.join(dir, "out"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** api_key under an agent backend, a token in cli_args; the agent's answer echoes the key. */
export function plantSecret(root: string, logName: string): void {
  const run = path.join(root, logName, "turn_1", "attempt_1");
  const meta = path.join(run, "execution_metadata.yaml");
  const text = readFileSync(meta, "utf8").replace("      type: openai\n", `      type: openai\n      api_key: ${JSON.stringify(SECRET)}\n`);
  writeFileSync(meta, text);
  appendFileSync(meta, `github_token: ${TOKEN_SECRET}\n`);
  // G5 keeps the final answer twice, the attempt's and the turn's copy (FORMAT.md §1.7): plant in both
  for (const dir of [run, path.join(root, logName, "turn_1")]) appendFileSync(path.join(dir, "final", "agent_c", "answer.txt"), `\n\nDebug: my key is ${SECRET}\n`);
}
