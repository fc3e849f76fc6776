import { redactSecrets } from "@/lib/parse/redact";
import type { Findings } from "../findings";
import { blocks, bullets, esc, heading, missing, table } from "../md";
import { whyMissing } from "../missing";

const MAX_SETTINGS = 40;

/** Appendix: configuration summary (secrets redacted again, defence in depth: FORMAT.md §3.8) and the files read. */
export function appendixSection(f: Findings): string {
  return blocks(heading(2, "Appendix"), heading(3, "Configuration Used"), config(f), heading(3, "Files Read"), files(f));
}

function config(f: Findings): string {
  const md = f.input.metadata;
  if (!md) return missing("configuration", esc(whyMissing(f.m, "metadata")));
  const cfg = (redactSecrets(md.config ?? {}) ?? {}) as Record<string, unknown>;
  const agents = Array.isArray(cfg["agents"]) ? (cfg["agents"] as unknown[]) : cfg["agent"] ? [cfg["agent"]] : [];
  const agentRows = agents.map((a) => {
    const o = (a ?? {}) as Record<string, unknown>;
    const b = (o["backend"] ?? {}) as Record<string, unknown>;
    return [esc(String(o["id"] ?? "?")), esc(String(b["type"] ?? "—")), esc(String(b["model"] ?? "—"))];
  });
  const settings = flatten(Object.fromEntries(Object.entries(cfg).filter(([k]) => k !== "agents" && k !== "agent")), "");
  const facts = [
    md.config_path ? `Config file: ${esc(md.config_path)}` : "Config file: not recorded",
    `MassGen version: ${esc(String(md.massgen_version ?? "not recorded"))}`,
    md.python_version ? `Python: ${esc(md.python_version.split(" ")[0] ?? "")}` : null,
    md.git?.commit ? `Git: ${esc(md.git.branch ?? "?")} @ ${esc(md.git.commit.slice(0, 12))}` : null,
    md.timestamp ? `Started: ${esc(md.timestamp)}` : null,
  ].filter((x): x is string => x !== null);
  return blocks(
    bullets(facts),
    agentRows.length ? table(["Agent", "Backend", "Model"], agentRows) : "No agents listed in the config (restart attempts record only cli_args).",
    settings.length ? table(["Setting", "Value"], settings.slice(0, MAX_SETTINGS).map(([k, v]) => [esc(k), esc(v, 200)])) : null,
    settings.length > MAX_SETTINGS ? `… ${settings.length - MAX_SETTINGS} more settings in execution_metadata.yaml.` : null,
    "Values under secret-looking keys (api_key, token, password …) are shown as [redacted].",
  );
}

/** Scalar settings as dotted paths, depth-limited (the config is user-defined YAML). */
function flatten(v: unknown, prefix: string, depth = 0): [string, string][] {
  if (v === null || typeof v !== "object") return prefix ? [[prefix, String(v)]] : [];
  if (depth >= 4) return [[prefix, Array.isArray(v) ? `[${v.length} items]` : "{…}"]];
  if (Array.isArray(v)) return v.every((x) => x === null || typeof x !== "object") ? [[prefix, v.map(String).join(", ")]] : [[prefix, `[${v.length} items]`]];
  return Object.entries(v).flatMap(([k, x]) => flatten(x, prefix ? `${prefix}.${k}` : k, depth + 1));
}

function files(f: Findings): string {
  const list = f.input.filesRead;
  if (!list.length) return "No file list was provided.";
  const shown = list.slice(0, 200).map((p) => esc(p));
  return `${bullets(shown)}${list.length > 200 ? `\n- … ${list.length - 200} more` : ""}`;
}
