import { describe, expect, it } from "vitest";
import { AGENT_PALETTE, agentColor, agentColorMap } from "@/lib/prepare/agent-colors";

describe("agent colours", () => {
  it("is stable for an id", () => {
    expect(agentColor("agent_a")).toEqual(agentColor("agent_a"));
  });

  it("does not depend on the order agents are listed in", () => {
    expect(agentColorMap(["agent_b", "agent_a", "agent_c"])).toEqual(agentColorMap(["agent_c", "agent_a", "agent_b"]));
  });

  it("gives every agent of a run a distinct colour while the palette lasts", () => {
    const ids = Array.from({ length: AGENT_PALETTE.length }, (_, i) => `agent_${i}`);
    const colors = Object.values(agentColorMap(ids)).map((c) => c.solid);
    expect(new Set(colors).size).toBe(ids.length);
  });

  it("still colours agents beyond the palette size", () => {
    const ids = Array.from({ length: AGENT_PALETTE.length + 3 }, (_, i) => `a${i}`);
    expect(Object.keys(agentColorMap(ids))).toHaveLength(ids.length);
  });
});
