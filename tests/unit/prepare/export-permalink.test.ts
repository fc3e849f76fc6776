import { describe, expect, it } from "vitest";
import { NO_FILTER } from "@/lib/prepare/coordination-facets";
import {
  agentForKey,
  applyParams,
  coordFilterFromParams,
  coordFilterParams,
  cssString,
  parseRound,
  parseTimeWindow,
  timeWindowParams,
} from "@/lib/prepare/export-permalink";
import { exportFileName, formatUtc, provenanceParts } from "@/lib/prepare/export-provenance";

const params = (qs: string) => new URLSearchParams(qs);

describe("coordination filter in the URL", () => {
  it("round-trips agent, event type and the answers & votes toggle", () => {
    const f = { agents: ["agent_a"], facets: ["vote" as const], answersAndVotesOnly: true };
    expect(coordFilterFromParams(params(applyParams("?tab=coordination", coordFilterParams(f))))).toEqual(f);
  });

  it("drops an unknown event type and clears with no filter", () => {
    expect(coordFilterFromParams(params("event=rm%20-rf&agent="))).toEqual(NO_FILTER);
    expect(applyParams("?tab=coordination&agent=a&event=vote&av=1", coordFilterParams(NO_FILTER))).toBe("?tab=coordination");
  });
});

describe("timeline window and round", () => {
  it("accepts a non-empty window of non-negative seconds only", () => {
    expect(parseTimeWindow("12.5", "40")).toEqual({ t0: 12.5, t1: 40 });
    for (const [a, b] of [["40", "12"], ["-1", "3"], ["x", "3"], ["", "3"], [null, "3"], ["5", "5"]] as const) expect(parseTimeWindow(a, b)).toBeNull();
  });

  it("writes rounded seconds, or removes the window", () => {
    expect(timeWindowParams({ t0: 1.234, t1: 99.96 })).toEqual({ t0: "1.2", t1: "100" });
    expect(applyParams("?tab=timeline&t0=1&t1=2", timeWindowParams(null))).toBe("?tab=timeline");
  });

  it("parses a round number", () => {
    expect([parseRound("3"), parseRound("0"), parseRound("03"), parseRound("-1"), parseRound(null)]).toEqual([3, 0, null, null, null]);
  });
});

describe("agent shortcuts", () => {
  const agents = ["agent_a", "agent_b"];
  it("picks the nth agent, clears on a second press, ignores other keys", () => {
    expect(agentForKey(agents, "2", null)).toBe("agent_b");
    expect(agentForKey(agents, "2", "agent_b")).toBeNull();
    expect(agentForKey(agents, "3", null)).toBeUndefined();
    expect(agentForKey(agents, "0", null)).toBeUndefined();
    expect(agentForKey(agents, "j", null)).toBeUndefined();
  });
});

describe("css string for untrusted ids", () => {
  it("cannot close the string or the style element", () => {
    const s = cssString('a"]{}</style><script>');
    expect(s.slice(1, -1)).not.toMatch(/["<>{}\]]/);
    expect(cssString("agent_a-1")).toBe('"agent_a-1"');
  });
});

describe("provenance", () => {
  const p = { logDir: "log_20251225_204406_076604/turn_1/attempt_1", turn: 1, attempt: 1, massgenVersion: "0.1.40", startTime: 1766691884 };
  it("lists log dir, turn and attempt, version and the run date in UTC", () => {
    expect(provenanceParts(p)).toEqual([p.logDir, "turn 1 · attempt 1", "MassGen 0.1.40", `run ${formatUtc(p.startTime)}`]);
    expect(formatUtc(0)).toBe("1970-01-01 00:00 UTC");
  });

  it("says when the version is unknown and leaves out a missing date", () => {
    expect(provenanceParts({ ...p, turn: null, attempt: null, massgenVersion: null, startTime: null })).toEqual([p.logDir, "MassGen version not recorded"]);
  });

  it("names files after the log, turn, attempt and panel", () => {
    expect(exportFileName(p, "Tokens by agent", "png")).toBe("log-20251225-204406-076604-t1-a1-tokens-by-agent.png");
    expect(exportFileName(null, "Votes", "csv")).toBe("votes.csv");
  });
});
