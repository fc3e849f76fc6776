import { redundantCalls, scope } from "../tool-calls";
import type { Findings } from "../findings";
import { blocks, bullets, esc, heading, missing, pct, table } from "../md";
import { tracesMissing } from "./commands";

const EXAMPLES = 5;

/** 4. Work Duplication Analysis: identical or near-identical tool calls across agents or rounds. */
export function duplicationSection(f: Findings): string {
  const body = f.calls
    ? blocks(heading(3, "Duplicated Work Found"), found(f), heading(3, "Specific Examples"), examples(f), heading(3, "Recommendations"), advice(f))
    : blocks(heading(3, "Duplicated Work Found"), missing("tool calls with their arguments", esc(tracesMissing(f))));
  return blocks(heading(2, "4. Work Duplication Analysis"), body);
}

function found(f: Findings): string {
  const total = f.calls?.length ?? 0;
  const redundant = redundantCalls(f.duplicates);
  if (!f.duplicates.length && !f.nearDuplicates.length) return `No identical or near-identical tool calls among ${total} traced call(s).`;
  const rows = [
    ["Identical calls (same tool and arguments)", String(f.duplicates.length), String(redundant), pct(redundant, total)],
    ["Near-identical (same after masking agent ids, hashes, quotes, spacing)", String(f.nearDuplicates.length), String(redundantCalls(f.nearDuplicates)), pct(redundantCalls(f.nearDuplicates), total)],
  ];
  return table(["Kind", "Groups", "Repeat calls", "Share of traced calls"], rows);
}

function examples(f: Findings): string {
  const groups = [...f.duplicates, ...f.nearDuplicates].slice(0, EXAMPLES);
  if (!groups.length) return "None.";
  return blocks(
    ...groups.map((g) => {
      const where = g.calls.map((c) => `${esc(c.agentId)} in ${esc(c.file)}${g.variants > 1 ? `: ${esc(c.command, 100)}` : ""}`);
      const kind = g.variants > 1 ? `near-identical (${g.variants} variants)` : "identical";
      return `**${esc(g.tool)}** — ${esc(g.command, 160)} — ${g.calls.length}× ${kind}, ${scope(g)}:\n${bullets(where.slice(0, 6))}${where.length > 6 ? `\n- … ${where.length - 6} more` : ""}`;
    }),
  );
}

function advice(f: Findings): string {
  const cross = f.duplicates.filter((g) => g.agents.length > 1);
  const rounds = f.duplicates.filter((g) => g.agents.length === 1 && g.files.length > 1);
  const out: string[] = [];
  if (cross.length) out.push(`${cross.length} call(s) were repeated by several agents: share their results (e.g. in the answer context) instead of each agent re-running them.`);
  if (rounds.length) out.push(`${rounds.length} call(s) were repeated by the same agent in a later round: after a restart the agent re-ran work whose result it had already seen.`);
  if (!out.length && f.nearDuplicates.length) out.push("Only near-identical calls were found: agents explore the same files with small variations; no action needed unless they grow.");
  return out.length ? bullets(out) : "No duplication to act on.";
}
