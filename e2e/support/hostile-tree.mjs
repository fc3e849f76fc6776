// Hostile log trees generated at e2e time (issue 8): never committed. Each log
// is a copy of the complete G5 sample with one kind of damage; returns the
// root, the dir beside it (for links out of the root) and what each log expects.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { repoRoot } from "./cli.mjs";

const SAMPLE = path.join(repoRoot, "tests", "fixtures", "logs", "log_20251229_013250_406604", "turn_1");
const RUN = "turn_1/attempt_1";

function writable(p) {
  const st = statSync(p);
  chmodSync(p, st.mode | 0o200);
  if (st.isDirectory()) for (const e of readdirSync(p)) writable(path.join(p, e));
}

function copy(root, name) {
  const dest = path.join(root, name, "turn_1");
  cpSync(SAMPLE, dest, { recursive: true });
  writable(path.join(root, name));
  return path.join(root, name, RUN);
}

/** name → { files: RUN-relative files the parse-issue banner must name } */
export function buildHostileTree() {
  const base = mkdtempSync(path.join(tmpdir(), "massgen-dash-hostile-"));
  const root = path.join(base, "massgen_logs");
  const outside = path.join(base, "outside");
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.txt"), "TOP-SECRET-OUTSIDE-THE-ROOT");
  const logs = {};

  // status.json replaced by a directory: unreadable, named in the banner
  let run = copy(root, "log_20260401_000000_000001");
  rmSync(path.join(run, "status.json"));
  mkdirSync(path.join(run, "status.json"));
  logs.log_20260401_000000_000001 = { files: ["status.json"] };

  // a 200 MB (sparse) coordination_events.json: refused above the read limit
  run = copy(root, "log_20260401_000000_000002");
  truncateSync(path.join(run, "coordination_events.json"), 200 * 1024 * 1024);
  logs.log_20260401_000000_000002 = { files: ["coordination_events.json"] };

  // a JSON nesting bomb in status.json and metrics_summary.json
  run = copy(root, "log_20260401_000000_000003");
  writeFileSync(path.join(run, "status.json"), `{"meta": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
  // deep but valid JSON where a number belongs: a wrong-type issue, not a stack overflow
  writeFileSync(path.join(run, "metrics_summary.json"), `{"totals": {"estimated_cost": ${"{\"a\":".repeat(50_000)}1${"}".repeat(50_000)}}}`);
  logs.log_20260401_000000_000003 = { files: ["status.json", "metrics_summary.json"] };

  // hostile agent id everywhere (status.json, events, snapshot dirs), links out of the root, a symlink loop
  run = copy(root, "log_20260401_000000_000004");
  const evil = 'agent_b"><img src=x onerror=alert(1)>\u202E🤖';
  for (const f of ["status.json", "coordination_events.json", "events.jsonl", "snapshot_mappings.json", "metrics_summary.json", "metrics_events.json"]) {
    const p = path.join(run, f);
    writeFileSync(p, readFileSync(p, "utf8").replaceAll('"agent_b"', JSON.stringify(evil)).replaceAll("agent_b/", `${evil}/`));
  }
  cpSync(path.join(run, "agent_b"), path.join(run, evil), { recursive: true });
  rmSync(path.join(run, "agent_b"), { recursive: true });
  symlinkSync(path.join(outside, "secret.txt"), path.join(run, "agent_outputs", "agent_c.txt"));
  symlinkSync("..", path.join(run, "agent_a", "loop"));
  writeFileSync(path.join(run, "agent_a", "20251229_013407_916914", "workspace", "<svg onload=alert(1)>\n.md"), "x");
  logs.log_20260401_000000_000004 = { files: [] };

  // a log dir that is a symlink to a run outside the root: never served
  const elsewhere = path.join(outside, "log_20260401_000000_000009");
  cpSync(SAMPLE, path.join(elsewhere, "turn_1"), { recursive: true });
  symlinkSync(elsewhere, path.join(root, "log_20260401_000000_000009"));

  return { base, root, outside, logs, linkedOut: "log_20260401_000000_000009", cleanup: () => rmSync(base, { recursive: true, force: true }) };
}
