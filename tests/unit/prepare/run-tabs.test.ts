import { describe, expect, it } from "vitest";
import type { AttemptModel, LogSummary } from "@/lib/model/types";
import { parseRunTab, runTabs } from "@/lib/prepare/run-tabs";
import { log, turn } from "./fixtures";

/** Only the fields runTabs reads. */
const model = { turn: 1, coordinationEvents: null, votes: [], answers: [] } as unknown as AttemptModel;
const reportLabel = (l?: LogSummary) => runTabs(model, "/r", l).find((t) => t.id === "report")?.label;

describe("run tabs: Report", () => {
  it("is selectable from the URL", () => {
    expect(parseRunTab("report")).toBe("report");
    expect(runTabs(model, "/r").find((t) => t.id === "report")?.href).toBe("/r?tab=report");
  });

  it("marks a turn with a report ✓, an empty report 'empty', and nothing otherwise", () => {
    expect(reportLabel(log({ turns: [turn({ analyzed: true })] }))).toBe("Report ✓");
    expect(reportLabel(log({ turns: [turn({ analyzed: true, reportEmpty: true })] }))).toBe("Report · empty");
    expect(reportLabel(log({ turns: [turn({ analyzed: false })] }))).toBe("Report");
    expect(reportLabel(log({ turns: [turn({ turn: 2, analyzed: true })] }))).toBe("Report");
    expect(reportLabel()).toBe("Report");
  });
});
