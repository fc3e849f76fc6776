import { describe, expect, it } from "vitest";
import { reportFor, turnCases } from "./report-fixtures";

/** MassGen's template order (FORMAT.md §7) as issue 6 lists it. */
const H2 = [
  "Executive Summary",
  "Session Overview",
  "1. Correctness Analysis",
  "2. Efficiency Analysis",
  "3. Command Pattern Analysis",
  "4. Work Duplication Analysis",
  "5. Agent Behavior Analysis",
  "6. Cost & Token Analysis",
  "7. Errors & Issues",
  "8. Recommendations",
  "Appendix",
];

const H3 = [
  "Coordination Flow",
  "Status checklist",
  "Issues Found",
  "Phase Duration Breakdown",
  "Per-Round Timing (Sorted by Agent)",
  "Top Bottlenecks",
  "Frequently Repeated Commands",
  "Commands with Excessive Output",
  "Slowest Command Patterns",
  "Duplicated Work Found",
  "Answer Progression",
  "Voting Analysis",
  "Vote vs New Answer Decisions",
  "Vote Switches",
  "Cost Breakdown",
  "Cache Efficiency",
  "Tool Cost Impact",
  "Enforcement Retries",
  "Exceptions",
  "Failed Tool Calls",
  "Agent Errors",
  "Timeouts",
  "High Priority",
  "Medium Priority",
  "Low Priority / Future Improvements",
  "Configuration Used",
  "Files Read",
];

describe.each(turnCases)("report of $name", (c) => {
  it("has the title, session line and every section in template order", async () => {
    const { md } = await reportFor(c);
    const lines = md.split("\n");
    expect(lines[0]).toBe("# MassGen Log Analysis Report");
    expect(lines[1]).toMatch(/^\*\*Session:\*\* .+ \*\*Trace ID:\*\* N\/A \*\*Generated:\*\* \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \*\*Logfire Link:\*\* N\/A$/);
    expect(lines.filter((l) => l.startsWith("## ")).map((l) => l.slice(3))).toEqual(H2);
    const h3 = lines.filter((l) => l.startsWith("### ")).map((l) => l.slice(4));
    for (const h of H3) expect(h3).toContain(h);
    expect(md.endsWith("\n")).toBe(true);
  });

  it("has an executive summary of 3 to 5 sentences", async () => {
    const { md } = await reportFor(c);
    const body = md.split("## Executive Summary\n\n")[1]?.split("\n\n## ")[0] ?? "";
    // sentence ends: ". " / "." at the end, not inside quotes or numbers
    const sentences = body.replace(/“[^”]*”/g, "Q").split(/(?<=[^0-9][.])\s+(?=[A-Z])/);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    expect(sentences.length).toBeLessThanOrEqual(5);
  });

  it("is deterministic", async () => {
    expect((await reportFor(c)).md).toBe((await reportFor(c)).md);
  });
});
