import { describe, expect, it } from "vitest";
import { esc } from "@/lib/report/md";
import { BROKEN_ROOT, cells, GENERATED_AT } from "./report-fixtures";
import { previewReport } from "@/lib/server/report-store";

describe("esc", () => {
  it.each([
    ["a|b", "a\\|b"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"],
    ["line1\n\nline2", "line1 ↵ line2"],
    ["# heading", "\\# heading"],
    ["1. item", "1\\. item"],
    ["0.1.78", "0.1.78"],
    ["`code`", "\\`code\\`"],
    ["a\u202Eb", "a⟨U+202E⟩b"],
    ["&lt;", "&amp;lt;"],
  ])("%j → %j", (input, out) => expect(esc(input)).toBe(out));

  it("cuts long text without splitting an emoji", () => {
    expect(esc("ab🎸cd", 3)).toBe("ab…");
  });
});

describe("hostile strings (tests/fixtures/broken, log_…07)", () => {
  it("are escaped: no HTML, no links, no bidi overrides, tables keep their shape", async () => {
    const { markdown: md } = await previewReport(BROKEN_ROOT, "log_20260201_100007_000007", 1, { generatedAt: GENERATED_AT, nowMs: Date.now() });
    expect(md).toContain("svg onload"); // the text is there …
    for (const bad of ["<script", "<svg", "<img", "\u202E", "\u200F"]) expect(md).not.toContain(bad); // … but inert
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/); // `\](` is an escaped bracket, not a link
    const lines = md.split("\n");
    // every table row has as many cells as its header
    let width = 0;
    for (const l of lines) {
      if (!l.startsWith("|")) {
        width = 0;
        continue;
      }
      if (width === 0) width = cells(l).length;
      else expect(cells(l).length, l).toBe(width);
    }
    // no agent text starts a line (a heading, list or quote it would create)
    for (const l of lines) expect(l).not.toMatch(/^(agent_b|Write a short|<|&lt;)/);
  });
});
