import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/parse/decode";
import { parseCoordinationEvents } from "@/lib/parse/coordination-events";
import { parseContext } from "@/lib/parse/context";
import { parseEventsJsonl } from "@/lib/parse/events-jsonl";
import { parseExecutionMetadata } from "@/lib/parse/execution-metadata";
import { parseExecutionTrace } from "@/lib/parse/execution-trace";
import { parseMassgenLog } from "@/lib/parse/massgen-log";
import { parseMetricsEvents } from "@/lib/parse/metrics-events";
import { parseMetricsSummary } from "@/lib/parse/metrics-summary";
import { parseSnapshotMappings } from "@/lib/parse/snapshot-mappings";
import { parseStatus } from "@/lib/parse/status";
import { parseSubprocessLogs } from "@/lib/parse/subprocess-logs";
import { parseVote } from "@/lib/parse/vote";
import type { ParseIssue } from "@/lib/model/types";

const ROOT = join(__dirname, "../../fixtures/logs");

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "workspace") continue;
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (st?.isDirectory()) walk(p, out);
    else if (st?.isFile()) out.push(p);
  }
  return out;
}

const parsers: Record<string, (text: string, file: string) => { issues: ParseIssue[]; ok: boolean }> = {
  "status.json": (t, f) => wrap(parseStatus(t, f)),
  "metrics_summary.json": (t, f) => wrap(parseMetricsSummary(t, f)),
  "metrics_events.json": (t, f) => wrap(parseMetricsEvents(t, f)),
  "coordination_events.json": (t, f) => wrap(parseCoordinationEvents(t, f)),
  "snapshot_mappings.json": (t, f) => wrap(parseSnapshotMappings(t, f)),
  "vote.json": (t, f) => wrap(parseVote(t, f)),
  "subprocess_logs.json": (t, f) => wrap(parseSubprocessLogs(t, f)),
  "execution_metadata.yaml": (t, f) => wrap(parseExecutionMetadata(t, f)),
  "execution_trace.md": (t, f) => wrap(parseExecutionTrace(t, f)),
  "context.txt": (t, f) => ({ issues: parseContext(t, f).issues, ok: true }),
  "events.jsonl": (t, f) => {
    const r = parseEventsJsonl(t, f, { complete: true });
    return { issues: r.issues, ok: r.events.length > 0 };
  },
  "massgen.log": (t, f) => {
    const r = parseMassgenLog(t, f);
    return { issues: r.issues, ok: r.records.length > 0 };
  },
};

function wrap(p: { value: unknown; issues: ParseIssue[] }) {
  return { issues: p.issues, ok: p.value !== null };
}

describe("every committed fixture file parses without issues", () => {
  const files = walk(ROOT);
  const byName = new Map<string, string[]>();
  for (const f of files) {
    const name = f.split("/").pop() ?? "";
    if (parsers[name]) byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  it("finds each kind of file", () => {
    expect([...byName.keys()].sort()).toEqual(Object.keys(parsers).sort());
  });
  for (const [name, list] of byName) {
    it(`${name} (${list.length} files)`, () => {
      for (const f of list) {
        const rel = relative(ROOT, f);
        const { text, issues: decodeIssues } = decodeText(readFileSync(f), rel);
        const r = parsers[name]!(text, rel);
        expect([...decodeIssues, ...r.issues], rel).toEqual([]);
        expect(r.ok, rel).toBe(true);
      }
    });
  }
});
