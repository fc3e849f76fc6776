import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CliError } from "@/lib/cli/cli-error";
import { main } from "@/lib/cli/main";
import { EXIT_REPORT_EXISTS, runReport } from "@/lib/cli/report";
import { tempCopy } from "../server/helpers";
import { ROOT } from "./report-fixtures";

const G5 = "log_20251229_013250_406604";
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  vi.restoreAllMocks();
});

describe("massgen-dash report", () => {
  it("--stdout prints the report and writes nothing", async () => {
    let out = "";
    await runReport({ logs: [ROOT], logDir: path.join(ROOT, "log_20260101_040520_734369"), stdout: true }, (s) => (out += s));
    expect(out.startsWith("# MassGen Log Analysis Report\n")).toBe(true);
    expect(out).toContain("grok_fast");
  });

  it("defaults to the latest log and its latest turn, like `massgen logs analyze`", async () => {
    let out = "";
    await runReport({ logs: [ROOT], stdout: true }, (s) => (out += s));
    expect(out).toContain("**Session:** log_20260104_134201_184641/turn_1 ");
  });

  it("saves, then refuses to overwrite without --force (exit code 3), then overwrites with it", async () => {
    const t = tempCopy([G5]);
    cleanup = t.cleanup;
    const logDir = path.join(t.root, G5);
    const lines: string[] = [];
    const err = await runReport({ logs: [], logDir, turn: "3" }, (s) => lines.push(s)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(EXIT_REPORT_EXISTS);
    expect((err as CliError).message).toMatch(/already exists; pass --force/);
    await runReport({ logs: [], logDir, turn: "1" }, (s) => lines.push(s));
    expect(lines.at(-1)).toBe(`wrote ${path.join(t.root, G5, "turn_1", "ANALYSIS_REPORT.md")}\n`);
    await runReport({ logs: [], logDir: path.join(logDir, "turn_3"), force: true }, (s) => lines.push(s));
    expect(lines.at(-1)).toMatch(/^replaced .*turn_3\/ANALYSIS_REPORT\.md\n$/);
    expect(readFileSync(path.join(logDir, "turn_3", "ANALYSIS_REPORT.md"), "utf8")).toContain("**Session:** log_20251229_013250_406604/turn_3 ");
  });

  it("errors are one line with the documented exit codes", async () => {
    const t = tempCopy([G5]);
    cleanup = t.cleanup;
    const err: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((s) => (err.push(String(s)), true));
    expect(await main(["node", "massgen-dash", "report", "--log-dir", path.join(t.root, G5), "--turn", "2"])).toBe(3);
    expect(await main(["node", "massgen-dash", "report", "--log-dir", path.join(t.root, G5), "--turn", "9"])).toBe(1);
    expect(await main(["node", "massgen-dash", "report", "--log-dir", path.join(t.root, G5), "--turn", "x"])).toBe(1);
    expect(err).toHaveLength(3);
    expect(err[0]).toMatch(/^massgen-dash: .*turn_2\/ANALYSIS_REPORT\.md already exists \(empty: an analysis may be in progress\); pass --force/);
    expect(err[1]).toMatch(/has no turn_9 \(available: 1, 2, 3\)/);
    expect(err[2]).toMatch(/--turn must be a positive integer/);
    for (const e of err) expect(e.trim().split("\n")).toHaveLength(1);
  });
});
