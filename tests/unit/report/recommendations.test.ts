import { describe, expect, it } from "vitest";
import { buildFindings } from "@/lib/report/findings";
import { recommendations } from "@/lib/report/rules";
import { inputFor, reportFor, section, turnCases } from "./report-fixtures";

describe.each(turnCases)("recommendations of $name", (c) => {
  it("come from rules and cite evidence (event id, label, file or number)", async () => {
    const input = await inputFor(c);
    const recs = recommendations(buildFindings(input));
    for (const r of recs) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const e of r.evidence) expect(e).toMatch(/\d|\.json|\.md|\.yaml|event #|agent\d+\.\d+/);
    }
    const md = section((await reportFor(c)).md, "8. Recommendations");
    for (const r of recs) expect(md).toContain(`[${r.rule}]`);
    const items = md.split("\n").filter((l) => /^- \*\*/.test(l));
    expect(items).toHaveLength(recs.length);
    // every item is followed by at least one evidence line
    for (const item of items) expect(md.split(item)[1]?.split("\n")[1]).toMatch(/^ {2}- Evidence: /);
  });
});
