import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAttempt, buildLeanRow } from "@/lib/model/build-attempt";
import { MAX_STATUS_COUNT } from "@/lib/model/run-files";
import { summarizeAttempt } from "@/lib/model/summarize-attempt";
import { readRunSource } from "@/lib/server/run-source";
import type { RunSource } from "@/lib/model/types";
import * as parse from "@/lib/parse";
import { copySample, expectInvariants, FIXTURES, loadSource, SAMPLE_LOG, SAMPLE_RUN, type TempRoot, tempRoot } from "./support";

/**
 * Property-based fuzzing (issue 8): random mutations of real fixture files,
 * fed to every parser and, in place of the sample run's own file, to
 * buildAttempt and every view. Nothing may throw outside the parse-issue
 * path; labels stay unique, tallies consistent, and no NaN reaches a view.
 * Seeded so a failure replays (fast-check prints the seed and the path).
 */
const RUNS = Number(process.env.MGD_FUZZ_RUNS ?? 60);
const SEED = Number(process.env.MGD_FUZZ_SEED ?? 8);
const run = (f: string) => path.join(FIXTURES, SAMPLE_LOG, SAMPLE_RUN, f);

/** RUN-relative file of the sample → the parser that reads that format. */
const PARSERS: Record<string, (text: string, file: string) => unknown> = {
  "status.json": parse.parseStatus,
  "metrics_summary.json": parse.parseMetricsSummary,
  "metrics_events.json": parse.parseMetricsEvents,
  "coordination_events.json": parse.parseCoordinationEvents,
  "snapshot_mappings.json": parse.parseSnapshotMappings,
  "agent_a/20251229_013451_899523/vote.json": parse.parseVote,
  "agent_a/20251229_013407_916914/context.txt": parse.parseContext,
  "execution_metadata.yaml": parse.parseExecutionMetadata,
  "events.jsonl": (t, f) => [parse.parseEventsJsonl(t, f, { complete: true }), parse.parseEventsJsonl(t, f, { complete: false })],
  "agent_a/20251229_013407_916914/execution_trace.md": parse.parseExecutionTrace,
  "massgen.log": parse.parseMassgenLog,
  "coordination_table.txt": (t) => parse.parseCoordinationTable(t),
  "agent_outputs/agent_a.txt": (t, f) => parse.decodeText(Buffer.from(t), f),
};
const FILES = Object.keys(PARSERS);
const ORIGINAL: Record<string, string> = Object.fromEntries(FILES.map((f) => [f, readFileSync(run(f), "utf8")]));
// the one subprocess_logs.json of the fixtures (G5 subagents)
const SUBPROCESS = readFileSync(path.join(FIXTURES, "log_20251225_204406_076604/turn_1/attempt_1/subagents/subagent_1_9425bf/subprocess_logs.json"), "utf8");

type Json = unknown;

/** Byte-level damage: cut, splice, delete, duplicate; what a crash or a concurrent write leaves. */
const textMutation = (s: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.nat(s.length).map((n) => s.slice(0, n)),
    fc.tuple(fc.nat(s.length), fc.string({ unit: "binary", maxLength: 40 })).map(([at, ins]) => s.slice(0, at) + ins + s.slice(at)),
    fc.tuple(fc.nat(s.length), fc.nat(200)).map(([at, n]) => s.slice(0, at) + s.slice(at + n)),
    fc.tuple(fc.nat(s.length), fc.nat(s.length)).map(([a, b]) => s.slice(0, Math.min(a, b)) + s.slice(Math.min(a, b), Math.max(a, b)).repeat(2) + s.slice(Math.max(a, b))),
    fc.tuple(fc.nat(s.length), fc.constantFrom("NaN", "Infinity", "-Infinity", "\uFEFF", "\u0000", "\uFFFD", "\u202E", '"', "\\", "}", "]", "{", "[", ",", "\n")).map(([at, tok]) => s.slice(0, at) + tok + s.slice(at)),
  );

/** Structure-level damage of a JSON file: one value (at a random path) replaced by arbitrary JSON. */
function jsonMutation(s: string): fc.Arbitrary<string> {
  let doc: Json;
  try {
    doc = JSON.parse(s);
  } catch {
    return textMutation(s);
  }
  const paths: (string | number)[][] = [];
  const walk = (v: Json, at: (string | number)[]) => {
    paths.push(at);
    if (Array.isArray(v)) v.slice(0, 4).forEach((x, i) => walk(x, [...at, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
  };
  walk(doc, []);
  return fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), fc.boolean()).map(([p, value, remove]) => {
    const copy = structuredClone(doc) as Record<string | number, Json>;
    if (p.length === 0) return JSON.stringify(value);
    let cur = copy;
    for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
    const last = p[p.length - 1] as string | number;
    if (remove && !Array.isArray(cur)) delete cur[last];
    else cur[last] = value;
    return JSON.stringify(copy, null, p.length % 2 ? 2 : undefined);
  });
}

const mutated = (f: string): fc.Arbitrary<string> => {
  const s = ORIGINAL[f] ?? "";
  return f.endsWith(".json") ? fc.oneof(jsonMutation(s), textMutation(s)) : textMutation(s);
};

describe("every parser survives random mutations of its real file", () => {
  it.each(FILES)("%s", (f) => {
    const parser = PARSERS[f];
    if (!parser) throw new Error(f);
    fc.assert(
      fc.property(mutated(f), (text) => {
        parser(text, `x/${f}`);
      }),
      { numRuns: RUNS * 3, seed: SEED },
    );
  });

  it("subprocess_logs.json", () => {
    fc.assert(fc.property(fc.oneof(jsonMutation(SUBPROCESS), textMutation(SUBPROCESS)), (text) => void parse.parseSubprocessLogs(text, "x/subprocess_logs.json")), { numRuns: RUNS * 3, seed: SEED });
  });
});

describe("the model and every view survive mutated files", () => {
  let t: TempRoot;
  let full: RunSource;
  beforeAll(async () => {
    t = tempRoot();
    full = await loadSource(t.root, copySample(t.root, "log_20260301_000000_000006").rel, "full");
  });
  afterAll(() => t.cleanup());

  it("one file mutated at a time", () => {
    const oneFile = fc.constantFrom(...FILES).chain((f) => mutated(f).map((text) => [f, text] as const));
    fc.assert(
      fc.property(oneFile, ([f, text]) => {
        const m = buildAttempt({ ...full, files: { ...full.files, [f]: { kind: "text", text, size: text.length, mtimeMs: 0 } } });
        expectInvariants(m);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  it("several files mutated together", () => {
    const many = fc.uniqueArray(fc.constantFrom(...FILES), { minLength: 2, maxLength: 5 }).chain((fs) => fc.tuple(...fs.map((f) => mutated(f).map((text) => [f, text] as const))));
    fc.assert(
      fc.property(many, (pairs) => {
        const files = { ...full.files };
        for (const [f, text] of pairs) files[f] = { kind: "text", text, size: text.length, mtimeMs: 0 };
        expectInvariants(buildAttempt({ ...full, files }));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it("files missing at random", () => {
    fc.assert(
      fc.property(fc.subarray(full.listing), (keep) => {
        const files = Object.fromEntries(Object.entries(full.files).filter(([f]) => keep.includes(f)));
        const m = buildAttempt({ ...full, listing: keep, files });
        expectInvariants(m);
        expect(m.relPath).toBe(full.relPath);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe("a lean index row survives a mutated status.json or execution_metadata.yaml", () => {
  let t: TempRoot;
  let lean: RunSource;
  beforeAll(async () => {
    t = tempRoot();
    const rel = copySample(t.root, "log_20260301_000000_000006").rel;
    lean = await readRunSource(t.root, rel, { mode: "summary", rowOnly: true, lean: true, hasLaterAttempt: false, nowMs: Date.now(), tzOffsetMinutes: 0 });
  });
  afterAll(() => t.cleanup());

  it("is either built from what status.json holds or handed back for a full read", () => {
    expect(lean.leanRow).toBe(true);
    const leanFile = fc.constantFrom("status.json", "execution_metadata.yaml").chain((f) => mutated(f).map((text) => [f, text] as const));
    fc.assert(
      fc.property(leanFile, ([f, text]) => {
        const m = buildLeanRow({ ...lean, files: { ...lean.files, [f]: { kind: "text", text, size: text.length, mtimeMs: 0 } } });
        if (m === null) return;
        expectInvariants(m);
        const s = summarizeAttempt(m, "/x");
        expect(s.answers).toBeLessThanOrEqual(MAX_STATUS_COUNT);
        expect(s.votes).toBeLessThanOrEqual(MAX_STATUS_COUNT);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});
