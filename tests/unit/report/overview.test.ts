import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/prepare/format";
import { cells, reportFor, section, turnCases } from "./report-fixtures";

/** Session Overview rows as Metric → Value. */
function overview(md: string): Record<string, string> {
  const rows = section(md, "Session Overview").split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Metric"));
  return Object.fromEntries(rows.map((r) => cells(r) as [string, string]));
}

describe.each(turnCases)("Session Overview of $name equals the model and ground truth", (c) => {
  it("cost to the cent, answers, votes, restarts, winner", async () => {
    const { md, model } = await reportFor(c);
    const o = overview(md);
    const exp = c.exp;
    if (exp.total_cost_usd === null) {
      expect(o["Total Cost"]).toBe("not recorded");
    } else {
      const exact = Number(/exact: \$([0-9.]+)/.exec(o["Total Cost"] ?? "")?.[1]);
      expect(exact.toFixed(2)).toBe(exp.total_cost_usd.toFixed(2));
      expect(exact).toBeCloseTo(model.costUsd ?? NaN, 6);
      // the dashboard's own formatting of the same number
      expect(o["Total Cost"]?.startsWith(formatMoney(model.costUsd) ?? "?")).toBe(true);
    }
    const answers = Object.values(exp.answers).reduce((s, a) => s + a.count, 0);
    expect(o["Total Answers"]).toBe(String(answers));
    expect(Number.parseInt(o["Total Votes"] ?? "", 10)).toBe(exp.votes.length);
    if (exp.ignored_votes.length) expect(o["Total Votes"]).toContain(`plus ${exp.ignored_votes.length} ignored`);
    if (exp.coordination_event_count === null) expect(o["Total Restarts"]).toMatch(/^not recorded/);
    else expect(Number.parseInt(o["Total Restarts"] ?? "", 10)).toBe(exp.restart_events);
    expect(o["Winner"]).toBe(exp.winner ?? "none");
    for (const id of exp.agent_ids) expect(o["Agents"]).toContain(id);
    expect(o["Agents"]).toMatch(new RegExp(`^${exp.agent_ids.length}: `));
    // G1 logs do not record their version (expected.json knows it from the generator)
    if (model.massgenVersion) expect(o["MassGen Version"]).toContain(exp.massgen_version);
    else expect(o["MassGen Version"]).toMatch(/^not recorded \(G\d layout\)$/);
    expect(o["Attempts"]).toMatch(/^\d+ \(/);
  });

  it("lists every vote with its full reason", async () => {
    const { md } = await reportFor(c);
    const voting = section(md, "5. Agent Behavior Analysis");
    const rows = voting.split("\n").filter((l) => /^\| \d+ \|/.test(l)).map(cells);
    const counted = rows.filter((r) => r[4] === "yes");
    expect(counted.map((r) => ({ voter: r[1], label: r[2], reason: r[5] }))).toEqual(
      c.exp.votes.map((v) => ({ voter: v.voter, label: v.voted_for_label, reason: v.reason.replace(/\s*\n+\s*/g, " ↵ ").replace(/([\\`|[\]])/g, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") })),
    );
  });
});

describe("multi-attempt turn", () => {
  it("reports the last attempt and lists the earlier one as restarted", async () => {
    const c = turnCases.find((x) => x.name === "log_20251231_031359_642309/turn_1/attempt_2");
    if (!c) throw new Error("fixture missing");
    const { md, input } = await reportFor(c);
    expect(input.attempts).toHaveLength(2);
    const o = overview(md);
    expect(o["Attempts"]).toContain("attempt 1: restarted (superseded)");
    expect(o["Attempts"]).toContain("attempt 2: complete, winner agent_c ← this report");
    expect(o["Turn Cost (all attempts)"]).toContain("exact: $1.091334");
    expect(section(md, "8. Recommendations")).toContain("[orchestration-restart]");
  });
});
