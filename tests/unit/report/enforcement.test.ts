import { describe, expect, it } from "vitest";
import { REASON_MEANING } from "@/lib/report/reason-codes";
import { caseFor, cells, reportFor, section } from "./report-fixtures";

describe("enforcement sample (every reason code of FORMAT.md §8.6)", () => {
  it("lists each reason code by agent with the buffer chars lost", async () => {
    const c = caseFor("log_20260101_040520_734369");
    const { md } = await reportFor(c);
    const errs = section(md, "7. Errors & Issues");
    const rows = errs.split("### Enforcement Retries")[1]?.split("### Exceptions")[0]?.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Reason")).map(cells) ?? [];
    const expected = Object.entries(c.exp.enforcement).flatMap(([agent, e]) => (e?.reasons ?? []).map((r) => `${r}|${agent}`));
    expect(rows.map((r) => `${r[0]}|${r[2]}`).sort()).toEqual(expected.sort());
    for (const code of Object.keys(REASON_MEANING)) expect(rows.map((r) => r[0])).toContain(code);
    for (const [agent, e] of Object.entries(c.exp.enforcement)) {
      const lost = rows.filter((r) => r[2] === agent).reduce((s, r) => s + Number((r[4] ?? "0").replace(/,/g, "")), 0);
      expect(lost).toBe(e?.buffer_chars_lost ?? 0);
      if (e?.count) expect(errs).toContain(`${agent}: ${e.count} retries, ${(e.buffer_chars_lost).toLocaleString("en-US")} buffer chars lost`);
    }
  });
});
