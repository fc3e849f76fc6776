import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { exportTurn } from "@/lib/export/export-turn";
import { loadTurn } from "@/lib/export/load-turn";
import { HOSTILE, plantSecret, SAMPLE, SECRET, TOKEN_SECRET, tempRoot } from "./helpers";

const MB = 1024 * 1024;
const base = { turn: 1, zip: false, maxBytes: 5 * MB, generator: "massgen-dash test", nowMs: Date.parse("2026-01-05T10:00:00Z") };
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

function setup(group: "logs" | "broken", log: string) {
  const t = tempRoot(group, log);
  cleanups.push(t.cleanup);
  return t;
}

/** React's text escaping, to look for agent text as it must appear in the HTML. */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

describe("export bundle of the G5 sample, turn 1", () => {
  it("holds the winner, every vote reason, chart SVGs, the report, and no secret", async () => {
    const { root, out } = setup("logs", SAMPLE);
    plantSecret(root, SAMPLE);
    const result = await exportTurn({ ...base, root, logName: SAMPLE, outDir: out });
    expect(result.refused).toEqual([]);
    expect(result.written.map((w) => path.basename(w.path))).toEqual(["index.html", "ANALYSIS_REPORT.md"]);
    const html = readFileSync(path.join(out, "index.html"), "utf8");
    const { model, report } = await loadTurn(root, SAMPLE, 1);

    expect(model.winner).toBe("agent_c");
    expect(html).toMatch(/data-testid="bundle-winner"[^]*?agent_c/);
    const reasons = model.votes.map((v) => v.reason).filter((r): r is string => Boolean(r));
    expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) expect(html).toContain(esc(r));
    expect(html.match(/<svg[^>]*data-testid="bundle-chart"/g)?.length).toBeGreaterThanOrEqual(4);
    expect(html).toContain('data-testid="bundle-timeline"');
    expect(report).not.toBeNull();
    const heading = report?.markdown.split("\n").find((l) => l.startsWith("# "))?.slice(2).trim() ?? "";
    expect(heading.length).toBeGreaterThan(0);
    expect(html).toContain(esc(heading));

    // the planted key is redacted in the config and scrubbed where the answer echoed it
    expect(result.secretsScrubbed).toBeGreaterThan(0);
    for (const f of result.written) {
      const text = readFileSync(f.path, "utf8");
      for (const s of [SECRET, esc(SECRET), TOKEN_SECRET, "0123456789abcdef"]) expect(text).not.toContain(s);
    }
    expect(html).toContain("Debug: my key is [redacted]");
  });

  it("is inert: no script, no event handler, no remote load, a CSP that forbids them", async () => {
    const { root, out } = setup("logs", SAMPLE);
    await exportTurn({ ...base, root, logName: SAMPLE, outDir: out });
    const html = readFileSync(path.join(out, "index.html"), "utf8");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(img|link|iframe|object|embed)\b/i);
    expect(html).toContain("default-src &#x27;none&#x27;");
    // workspace contents and massgen.log stay out
    expect(html).not.toContain("def dedup");
    expect(html).not.toMatch(/massgen\.log/);
  });
});

describe("hostile strings", () => {
  it("are escaped text, never markup", async () => {
    const { root, out } = setup("broken", HOSTILE);
    const result = await exportTurn({ ...base, root, logName: HOSTILE, outDir: out });
    expect(result.refused).toEqual([]);
    const html = readFileSync(path.join(out, "index.html"), "utf8");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/href="\s*javascript:/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain(esc('agent_b"><svg onload=alert(1)>'));
  });
});
