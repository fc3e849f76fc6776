import { chmodSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { HttpError } from "@/lib/server/http-errors";
import { previewReport, saveReport } from "@/lib/server/report-store";
import { tempCopy } from "../server/helpers";

const G5 = "log_20251229_013250_406604";
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function copy(names: string[]): string {
  const t = tempCopy(names);
  cleanup = t.cleanup;
  return t.root;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return e instanceof HttpError ? e.code : `unexpected: ${String(e)}`;
  }
}

const tmpFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith(".tmp"));

describe("saveReport / previewReport (temp copy of the fixtures)", () => {
  it("writes turn_N/ANALYSIS_REPORT.md and leaves no temp file", async () => {
    const root = copy([G5]);
    const before = await previewReport(root, G5, 1);
    expect(before.exists).toBe(false);
    expect(before.reportPath).toBe(`${G5}/turn_1/ANALYSIS_REPORT.md`);
    const saved = await saveReport(root, G5, 1, { overwrite: false, generatedAt: 1 });
    const dir = path.join(root, G5, "turn_1");
    expect(readFileSync(path.join(dir, "ANALYSIS_REPORT.md"), "utf8")).toBe(saved.markdown);
    expect(saved.replaced).toBe(false);
    expect(tmpFiles(dir)).toEqual([]);
    const after = await previewReport(root, G5, 1);
    expect(after.existing?.content).toBe(saved.markdown);
  });

  it("refuses to overwrite an existing report, even an empty one, unless overwrite is set", async () => {
    const root = copy([G5]);
    const file = path.join(root, G5, "turn_2", "ANALYSIS_REPORT.md");
    expect(readFileSync(file, "utf8")).toBe(""); // analysis in progress (FORMAT.md §5.1)
    const p = await previewReport(root, G5, 2);
    expect(p.existing).toMatchObject({ content: "", empty: true });
    expect(await codeOf(saveReport(root, G5, 2, { overwrite: false }))).toBe("conflict");
    expect(readFileSync(file, "utf8")).toBe("");
    const saved = await saveReport(root, G5, 2, { overwrite: true });
    expect(saved.replaced).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(saved.markdown);
  });

  it("refuses when the report changed since the preview (expectedSha256)", async () => {
    const root = copy([G5]);
    const p = await previewReport(root, G5, 3);
    writeFileSync(path.join(root, G5, "turn_3", "ANALYSIS_REPORT.md"), "edited meanwhile");
    expect(await codeOf(saveReport(root, G5, 3, { overwrite: true, expectedSha256: p.existing?.sha256 ?? null }))).toBe("conflict");
  });

  it("two concurrent saves leave one whole report", async () => {
    const root = copy([G5]);
    const [a, b] = await Promise.all([
      saveReport(root, G5, 1, { overwrite: true, generatedAt: 1 }),
      saveReport(root, G5, 1, { overwrite: true, generatedAt: 2_000_000_000 }),
    ]);
    const text = readFileSync(path.join(root, G5, "turn_1", "ANALYSIS_REPORT.md"), "utf8");
    expect([a.markdown, b.markdown]).toContain(text);
    expect(tmpFiles(path.join(root, G5, "turn_1"))).toEqual([]);
  });

  it("without overwrite, of two concurrent saves exactly one wins", async () => {
    const root = copy([G5]);
    const codes = await Promise.all([codeOf(saveReport(root, G5, 1, { overwrite: false })), codeOf(saveReport(root, G5, 1, { overwrite: false }))]);
    expect(codes.sort()).toEqual(["conflict", "ok"]);
  });

  it("flat G1 log: the report goes in the log dir (docs/decisions/report-location.md)", async () => {
    const root = copy(["log_20251020_022559"]);
    const saved = await saveReport(root, "log_20251020_022559", null, { overwrite: false });
    expect(saved.reportPath).toBe("log_20251020_022559/ANALYSIS_REPORT.md");
  });

  it("refuses paths outside the root and unknown turns", async () => {
    const root = copy([G5]);
    expect(await codeOf(previewReport(root, "..", 1))).toBe("bad_request");
    expect(await codeOf(previewReport(root, `${G5}/../..`, 1))).toBe("bad_request");
    expect(await codeOf(previewReport(root, G5, 9))).toBe("not_found");
    // a turn dir that is a symlink leaving the root
    const outside = path.join(path.dirname(root), "outside");
    mkdirSync(outside);
    symlinkSync(outside, path.join(root, G5, "turn_7"));
    expect(await codeOf(saveReport(root, G5, 7, { overwrite: true }))).toBe("not_found");
    expect(readdirSync(outside)).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)("a read-only turn dir gives a clear error and keeps the old report", async () => {
    const root = copy([G5]);
    const dir = path.join(root, G5, "turn_3");
    const old = readFileSync(path.join(dir, "ANALYSIS_REPORT.md"), "utf8");
    chmodSync(dir, 0o555);
    try {
      const err = await saveReport(root, G5, 3, { overwrite: true }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HttpError);
      expect((err as HttpError).message).toMatch(/read-only/);
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(readFileSync(path.join(dir, "ANALYSIS_REPORT.md"), "utf8")).toBe(old);
  });
});
