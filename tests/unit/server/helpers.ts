import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const FIXTURE_ROOT = path.resolve(__dirname, "../../fixtures/logs");
export const REAL_ROOT = path.resolve(__dirname, "../../fixtures/real");

/** Committed fixtures are read-only: tests that write use a writable temp copy. */
export function tempCopy(logNames?: string[]): { root: string; dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mgd-test-"));
  const root = path.join(dir, "massgen_logs");
  mkdirSync(root);
  const names = logNames ?? readdirSync(FIXTURE_ROOT);
  for (const n of names) cpSync(path.join(FIXTURE_ROOT, n), path.join(root, n), { recursive: true });
  makeWritable(root);
  return { root, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function makeWritable(p: string): void {
  const st = statSync(p);
  chmodSync(p, st.mode | 0o200);
  if (st.isDirectory()) for (const e of readdirSync(p)) makeWritable(path.join(p, e));
}

export async function waitFor<T>(fn: () => T | undefined | null | false, timeoutMs = 5000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting for condition");
    await new Promise((r) => setTimeout(r, 25));
  }
}
