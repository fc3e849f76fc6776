import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAttempt } from "@/lib/model/build-attempt";
import type { RunSource } from "@/lib/model/types";
import { allViews, badNumbers, copySample, expectInvariants, loadModel, loadSource, type TempRoot, tempRoot } from "./support";

/**
 * Wrong types in every field: walk the sample status.json and
 * metrics_summary.json and replace each leaf, one at a time, with a value of
 * another type. Plus the encodings and JSON dialects MassGen (Python's
 * json.dump) or a damaged disk can produce: BOM, invalid UTF-8, duplicate
 * keys, NaN/Infinity, fields from a future version.
 */
let t: TempRoot;
let rel: string;
let abs: string;
let full: RunSource;

beforeAll(async () => {
  t = tempRoot();
  ({ rel, abs } = copySample(t.root, "log_20260301_000000_000002"));
  full = await loadSource(t.root, rel, "full");
});
afterAll(() => t.cleanup());

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every leaf path of a JSON value (arrays: their first 3 items, enough for the shape). */
function leaves(v: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(v)) v.slice(0, 3).forEach((x, i) => leaves(x, [...at, i], out));
  else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) leaves(x, [...at, k], out);
  else out.push(at);
  if ((Array.isArray(v) || (v !== null && typeof v === "object")) && at.length) out.push(at); // containers too
  return out;
}

/** A value of a different type than `v`; `i` rotates through the choices so every kind is tried somewhere. */
function wrongType(v: Json, i: number): Json {
  const choices: Json[] = ["wrong", -1e308, true, null, [], { x: 1 }, "", 1.5];
  const kind = (x: Json) => (Array.isArray(x) ? "array" : x === null ? "null" : typeof x);
  const others = choices.filter((c) => kind(c) !== kind(v));
  return others[i % others.length] ?? null;
}

function valueAt(doc: Json, p: (string | number)[]): Json {
  let cur = doc as Record<string | number, Json> | Json;
  for (const k of p) cur = (cur as Record<string | number, Json>)[k] ?? null;
  return cur as Json;
}

function setAt(doc: Json, p: (string | number)[], value: Json): Json {
  const copy = structuredClone(doc);
  let cur = copy as Record<string | number, Json>;
  for (const k of p.slice(0, -1)) cur = cur[k] as Record<string | number, Json>;
  const last = p[p.length - 1];
  if (last === undefined) return value;
  cur[last] = value;
  return copy;
}

function withFile(src: RunSource, file: string, text: string): RunSource {
  return { ...src, files: { ...src.files, [file]: { kind: "text", text, size: text.length, mtimeMs: 0 } } };
}

describe.each(["status.json", "metrics_summary.json"])("wrong type in every field of %s", (file) => {
  it("builds the model with every view, invariants hold", () => {
    const entry = full.files[file];
    if (entry?.kind !== "text") throw new Error(`${file} missing from the sample`);
    const doc = JSON.parse(entry.text) as Json;
    const paths = leaves(doc);
    expect(paths.length).toBeGreaterThan(50);
    const failures: string[] = [];
    paths.forEach((p, i) => {
      const bad = wrongType(valueAt(doc, p), i);
      const m = buildAttempt(withFile(full, file, JSON.stringify(setAt(doc, p, bad))));
      try {
        // every view where a number was replaced (where NaN could come from), the votes view elsewhere
        expectInvariants(m, typeof valueAt(doc, p) === "number" || i % 5 === 0 ? allViews(m) : "votes");
      } catch (e) {
        failures.push(`${p.join(".")} = ${JSON.stringify(bad)}: ${(e as Error).message.split("\n")[0]} ${JSON.stringify(badNumbers(allViews(m)).slice(0, 3))}`);
      }
    });
    expect(failures).toEqual([]);
  });
});

describe("encodings and JSON dialects on disk", () => {
  const cases: [string, string, (text: string) => Buffer | string][] = [
    ["BOM", "status.json", (s) => `\ufeff${s}`],
    ["invalid UTF-8", "status.json", (s) => Buffer.concat([Buffer.from(s.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xe9]), Buffer.from(s.slice(200))])],
    ["UTF-16LE", "status.json", (s) => Buffer.from(`\ufeff${s}`, "utf16le")],
    ["duplicate keys", "status.json", (s) => s.replace(/^\{/, '{"meta": 1, "agents": "dup",')],
    ["NaN and Infinity", "status.json", (s) => s.replace(/: (\d+\.\d+)/g, (_m, _n, off: number) => (off % 3 ? ": NaN" : ": -Infinity"))],
    ["future-version fields", "status.json", (s) => s.replace(/^\{/, '{"schema_version": 99, "meta_v2": {"x": [1, {"y": null}]}, "agents_v3": [],')],
    ["huge numbers", "status.json", (s) => s.replace(/: (\d+\.\d+)/g, (_m, _n, off: number) => (off % 2 ? ": 1e308" : ": -1e308"))],
    ["NaN in metrics", "metrics_summary.json", (s) => s.replace(/: (\d+\.\d+)/g, ": NaN")],
    ["duplicate keys in events", "coordination_events.json", (s) => s.replace(/"event_type"/g, '"event_type": 7, "event_type"')],
    ["BOM + NUL bytes in events.jsonl", "events.jsonl", (s) => `\ufeff${s.replace(/\n/g, "\n\u0000\n")}`],
  ];
  it.each(cases)("%s (%s)", async (_name, file, damage) => {
    const p = path.join(abs, file);
    const original = (await import("node:fs")).readFileSync(p, "utf8");
    writeFileSync(p, damage(original));
    try {
      for (const mode of ["summary", "full"] as const) expectInvariants(await loadModel(t.root, rel, mode));
    } finally {
      writeFileSync(p, original);
    }
  });
});
