import path from "node:path";
import type { AttemptModel } from "@/lib/model/types";
import { generateReport } from "@/lib/report/generate-report";
import type { ReportInput } from "@/lib/report/types";
import { gatherReportInput } from "@/lib/server/report-input";
import { locateTurn } from "@/lib/server/report-store";
import { expectedRuns, nowFor, type ExpectedRun } from "../model/fixture-runs";

export const ROOT = path.resolve(__dirname, "../../fixtures/logs");
export const BROKEN_ROOT = path.resolve(__dirname, "../../fixtures/broken");
/** 2026-01-01 00:00 UTC: a fixed "generated at" so reports are reproducible. */
export const GENERATED_AT = 1767225600;

export interface TurnCase {
  name: string;
  logName: string;
  turn: number | null;
  /** ground truth of the turn's last attempt (the one the report is about) */
  exp: ExpectedRun;
}

/** One case per turn of the fixture tree (subagent child runs are part of their parent, not turns). */
export const turnCases: TurnCase[] = (() => {
  const byTurn = new Map<string, TurnCase>();
  for (const [rel, exp] of expectedRuns) {
    if (rel.includes("/subagents/")) continue;
    const logName = rel.split("/")[0] ?? rel;
    const key = `${logName}#${exp.turn}`;
    const prev = byTurn.get(key);
    if (!prev || (exp.attempt ?? 0) > (prev.exp.attempt ?? 0)) byTurn.set(key, { name: rel, logName, turn: exp.turn, exp });
  }
  return [...byTurn.values()];
})();

export async function inputFor(c: TurnCase, root = ROOT): Promise<ReportInput> {
  const t = await locateTurn(root, c.logName, c.turn);
  return gatherReportInput(root, t.turn, { nowMs: nowFor(c.exp), tzOffsetMinutes: c.exp.tz_offset_minutes, generatedAt: GENERATED_AT });
}

export async function reportFor(c: TurnCase, root = ROOT): Promise<{ md: string; model: AttemptModel; input: ReportInput }> {
  const input = await inputFor(c, root);
  return { md: generateReport(input), model: input.model, input };
}

export function caseFor(prefix: string): TurnCase {
  const c = turnCases.find((x) => x.name.startsWith(prefix));
  if (!c) throw new Error(`no fixture turn ${prefix}`);
  return c;
}

/** The body of one `## ` section (up to the next `## `). */
export function section(md: string, title: string): string {
  const start = md.indexOf(`\n## ${title}`);
  if (start < 0) throw new Error(`no section ${title}`);
  const next = md.indexOf("\n## ", start + 1);
  return md.slice(start, next < 0 ? undefined : next);
}

/** Cells of a markdown table row, split on unescaped pipes. */
export function cells(row: string): string[] {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/).map((c) => c.trim());
}
