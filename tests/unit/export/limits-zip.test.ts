import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { exportTurn } from "@/lib/export/export-turn";
import { SAMPLE, tempRoot } from "./helpers";

const base = { logName: SAMPLE, turn: 1, generator: "massgen-dash test", nowMs: Date.parse("2026-01-05T10:00:00Z") };
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function setup() {
  const t = tempRoot("logs", SAMPLE);
  cleanups.push(t.cleanup);
  return t;
}

describe("per-file size limit", () => {
  it("trims long texts until the page fits, and says so", async () => {
    const { root, out } = setup();
    // a runaway answer: 600 KB of text in the final answer (both G5 copies, FORMAT.md §1.7)
    for (const dir of ["turn_1", "turn_1/attempt_1"]) appendFileSync(path.join(root, SAMPLE, dir, "final", "agent_c", "answer.txt"), `\n${"runaway output line\n".repeat(30_000)}`);
    const maxBytes = 300 * 1024;
    const r = await exportTurn({ ...base, root, outDir: out, zip: false, maxBytes });
    expect(r.refused).toEqual([]);
    expect(r.trimmed.join(" ")).toMatch(/cut at/);
    for (const w of r.written) expect(w.bytes).toBeLessThanOrEqual(maxBytes);
    const html = readFileSync(path.join(out, "index.html"), "utf8");
    expect(html).toContain("left out of the share bundle");
    expect(html).toContain("Trimmed to fit the per-file size limit");
  });

  it("refuses a file that cannot fit, writing nothing for it", async () => {
    const { root, out } = setup();
    const r = await exportTurn({ ...base, root, outDir: out, zip: false, maxBytes: 4096 });
    expect(r.refused.join(" ")).toMatch(/index\.html is above 4096 bytes/);
    expect(existsSync(path.join(out, "index.html"))).toBe(false);
  });
});

describe("--zip", () => {
  it("writes one valid archive holding the same files in one folder", async () => {
    const { root, out } = setup();
    const loose = await exportTurn({ ...base, root, outDir: path.join(out, "loose"), zip: false, maxBytes: 5 * 1024 * 1024 });
    const zipped = await exportTurn({ ...base, root, outDir: out, zip: true, maxBytes: 5 * 1024 * 1024 });
    expect(zipped.written).toHaveLength(1);
    const archive = zipped.written[0]?.path ?? "";
    expect(path.basename(archive)).toBe(`${SAMPLE}-turn_1.zip`);
    const entries = unzipSync(readFileSync(archive));
    expect(Object.keys(entries).sort()).toEqual([`${SAMPLE}-turn_1/ANALYSIS_REPORT.md`, `${SAMPLE}-turn_1/index.html`]);
    const html = new TextDecoder().decode(entries[`${SAMPLE}-turn_1/index.html`]);
    expect(html).toBe(readFileSync(loose.written[0]?.path ?? "", "utf8"));
  });
});
