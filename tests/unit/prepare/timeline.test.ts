import { describe, expect, it } from "vitest";
import { REASON_CODES } from "@/lib/prepare/timeline-palette";
import { prepareTimeline } from "@/lib/prepare/timeline";
import { expectedRuns } from "../model/fixture-runs";
import { loadRun, syntheticModel } from "./charts-fixtures";

const SAMPLE = "log_20260101_040520_734369/turn_1/attempt_1";
const RUNNING = "log_20260104_134201_184641/turn_1/attempt_1";
const G4 = "log_20251115_071621_925227/turn_1";
const G5 = "log_20251225_204406_076604/turn_1/attempt_1";

describe("timeline view model", () => {
  it("5-agent sample: every one of the 13 reason codes appears, with tooltip facts", async () => {
    const { model, exp } = await loadRun(SAMPLE);
    const v = prepareTimeline(model, { hrefFor: (a, r) => `#${a}-${r}` });
    const markers = v.lanes.flatMap((l) => l.markers.filter((m) => m.kind === "enforcement"));
    expect(new Set(markers.map((m) => m.reason))).toEqual(new Set(REASON_CODES));
    expect(REASON_CODES).toHaveLength(13);
    expect(v.reasonLegend).toHaveLength(13);
    const api = markers.find((m) => m.reason === "api_error");
    const lines = Object.fromEntries(api?.tooltip.lines.map((l) => [l.label, l.value]) ?? []);
    expect(lines["Attempt"]).toBe("3 of 3");
    expect(lines["Error"]).toContain("peer closed connection");
    expect(api?.tooltip.preview).toBeTruthy();
    for (const [id, e] of Object.entries(exp.enforcement)) {
      const row = v.summary.find((s) => s.agentId === id);
      expect(row?.retries).toBe(e?.count);
      expect(row?.charsLost).toBe(e?.buffer_chars_lost);
      expect(new Set(row?.reasons.map((r) => r.reason))).toEqual(new Set(e?.reasons));
      expect(row?.reasons.reduce((s, r) => s + r.count, 0)).toBe(e?.count);
    }
    expect(v.reliabilityMissing).toBeNull();
  });

  it("5-agent sample: the heatmap counts retries per agent × round and links each hot cell", async () => {
    const { model, exp } = await loadRun(SAMPLE);
    const v = prepareTimeline(model, { hrefFor: (a, r) => `#${a}-${r}` });
    const heat = v.heatmap;
    expect(heat).not.toBeNull();
    for (const row of heat?.rows ?? []) {
      const total = row.cells.reduce((s, c) => s + c.count, 0);
      expect(total).toBe(exp.enforcement[row.agentId]?.count);
      for (const c of row.cells) {
        expect(c.target).toEqual({ agentId: row.agentId, round: c.round });
        expect(c.href).toBe(c.count ? `#${row.agentId}-${c.round}` : null);
      }
    }
    expect(heat?.max).toBeGreaterThan(0);
  });

  it("G5: lanes with round bars coloured by outcome, answers and votes as labelled markers", async () => {
    const { model } = await loadRun(G5);
    const v = prepareTimeline(model);
    expect(v.lanes.map((l) => l.agentId)).toEqual(model.agents.map((a) => a.id));
    const answers = v.lanes.flatMap((l) => l.markers.filter((m) => m.kind === "answer").map((m) => m.label));
    expect(answers.sort()).toEqual(model.answers.map((a) => a.label).sort());
    expect(v.lanes.flatMap((l) => l.markers.filter((m) => m.kind === "vote")).every((m) => m.label?.startsWith("→ "))).toBe(true);
    expect(v.lanes.every((l) => l.rounds.length > 0)).toBe(true);
    for (const r of v.lanes.flatMap((l) => l.rounds)) expect(r.t1).toBeGreaterThanOrEqual(r.t0);
    expect(v.outcomeLegend.length).toBeGreaterThan(0);
    expect(v.span).toBeGreaterThanOrEqual(Math.max(...v.lanes.flatMap((l) => l.rounds.map((r) => r.t1))));
    expect(v.reliabilityMissing).toBeNull();
    expect(v.summary.find((s) => s.agentId === "agent_b")?.retries).toBe(1);
  });

  it("G5 without enforcement events says so (not the version reason)", async () => {
    const { model } = await loadRun("log_20251229_013250_406604/turn_1/attempt_1");
    const v = prepareTimeline(model);
    expect(v.reliabilityMissing?.kind).toBe("no-events");
    expect(v.heatmap?.max).toBe(0);
  });

  it("G4: no reliability block because the version predates v0.1.38; no round bars", async () => {
    const { model } = await loadRun(G4);
    const v = prepareTimeline(model);
    expect(v.reliabilityMissing?.kind).toBe("before-v0.1.38");
    expect(v.reliabilityMissing?.message).toContain("0.1.12");
    expect(v.heatmap).toBeNull();
    expect(v.summary.every((s) => s.retries === null)).toBe(true);
    expect(v.roundsMissing).toContain("v0.1.24");
    expect(v.lanes.flatMap((l) => l.markers).some((m) => m.kind === "answer")).toBe(true);
  });

  it.each(expectedRuns.filter(([, e]) => e.generation !== "G5"))("%s: reliability missing names a version", async (rel) => {
    const { model } = await loadRun(rel);
    const v = prepareTimeline(model);
    expect(v.reliabilityMissing?.kind).toBe("before-v0.1.38");
    expect(v.summary.every((s) => s.retries === null && s.charsLost === null)).toBe(true);
  });

  it("running run: a live axis with lanes and markers", async () => {
    const { model } = await loadRun(RUNNING);
    const v = prepareTimeline(model);
    expect(v.running).toBe(true);
    expect(v.lanes).toHaveLength(3);
    expect(v.lanes.flatMap((l) => l.markers).length).toBeGreaterThan(0);
    expect(v.reliabilityMissing?.kind).toBe("no-events");
  });

  it("timeout run: the timeout appears as an error marker", async () => {
    const { model } = await loadRun("log_20260103_122454_485969/turn_1/attempt_1");
    const v = prepareTimeline(model);
    const errors = [...v.runMarkers, ...v.lanes.flatMap((l) => l.markers)].filter((m) => m.kind === "error");
    expect(errors.length + v.undrawn).toBeGreaterThanOrEqual(model.errors.length);
    expect(model.errors.length).toBeGreaterThan(0);
  });

  it("a synthetic 12 agents × 40 rounds run prepares 12 lanes of 40 bars and a 12 × 40 heatmap", async () => {
    const { model } = await loadRun(SAMPLE);
    const v = prepareTimeline(syntheticModel(model));
    expect(v.lanes).toHaveLength(12);
    expect(v.lanes.every((l) => l.rounds.length === 40)).toBe(true);
    expect(v.heatmap?.rounds).toHaveLength(40);
    expect(v.heatmap?.rows).toHaveLength(12);
    expect(v.summary.reduce((s, r) => s + (r.retries ?? 0), 0)).toBe(v.heatmap?.rows.flatMap((r) => r.cells).reduce((s, c) => s + c.count, 0));
  });
});
