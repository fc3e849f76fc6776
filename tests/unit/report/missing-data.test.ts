import { describe, expect, it } from "vitest";
import { caseFor, reportFor, section } from "./report-fixtures";

describe("sections say what the logs lack and why, never inventing content", () => {
  it("G1 (v0.0.22, version not recorded): costs, rounds, traces, enforcement and config", async () => {
    const { md } = await reportFor(caseFor("log_20251020_022559"));
    expect(section(md, "6. Cost & Token Analysis")).toMatch(/Not available:\*\* token usage and cost — this G1 layout predates .* \(added in v0\.1\.24\)/);
    expect(section(md, "2. Efficiency Analysis")).toMatch(/Not available:\*\* per-round timing — this G1 layout predates/);
    expect(section(md, "4. Work Duplication Analysis")).toMatch(/Not available:\*\* tool calls .* execution_trace\.md \(added in v0\.1\.37\)/);
    expect(section(md, "7. Errors & Issues")).toMatch(/Not available:\*\* enforcement retries — .*\(added in v0\.1\.38\)/);
    expect(section(md, "Appendix")).toMatch(/Not available:\*\* configuration — this G1 layout predates execution_metadata\.yaml/);
    expect(md).not.toMatch(/\$0\b/);
  });

  it("G4 (v0.1.12): names the version", async () => {
    const { md } = await reportFor(caseFor("log_20251115_071621_925227"));
    expect(section(md, "6. Cost & Token Analysis")).toContain("MassGen 0.1.12 does not record status.json token_usage");
    expect(section(md, "7. Errors & Issues")).toContain("MassGen 0.1.12 does not record status.json reliability (added in v0.1.38)");
    expect(section(md, "Session Overview")).toContain("| Total Cost | not recorded |");
  });

  it("running run: end-of-run files are not written yet", async () => {
    const { md, model } = await reportFor(caseFor("log_20260104_134201_184641"));
    expect(model.state).toBe("running");
    expect(section(md, "Executive Summary")).toContain("The run is running");
    expect(section(md, "Session Overview")).toContain("| Total Restarts | not recorded (no coordination_events.json) |");
    expect(section(md, "1. Correctness Analysis")).toContain("- [ ] Run finished (state: running");
    expect(section(md, "3. Command Pattern Analysis")).toContain("the run is still running; MassGen writes metrics_events.json only at the end of an attempt");
    expect(section(md, "8. Recommendations")).toContain("[run-unfinished]");
  });

  it("timed-out run: the timeout is reported", async () => {
    const { md } = await reportFor(caseFor("log_20260103_122454_485969"));
    expect(section(md, "7. Errors & Issues")).toMatch(/### Timeouts\n\n- /);
    expect(section(md, "8. Recommendations")).toContain("[agent-errors]");
  });
});
