import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildAttempt } from "@/lib/model/build-attempt";
import type { AttemptModel, RunSource } from "@/lib/model/types";
import { type AnswersView, filterAnswers, prepareAnswers } from "@/lib/prepare/answers";
import { prepareContextView } from "@/lib/prepare/answers-context";
import { diffAnswerWords, type DiffSegment } from "@/lib/prepare/answers-diff";
import { splitUserMessage } from "@/lib/prepare/answers-user-message";
import { readRunSource } from "@/lib/server/run-source";
import { type ExpectedRun, ROOT, expectedRuns, nowFor } from "@/tests/unit/model/fixture-runs";

/** Ground truth: tests/fixtures/expected.json (answers per agent, winner, final answer present). */

async function prepared(rel: string, exp: ExpectedRun, root = ROOT): Promise<{ view: AnswersView; model: AttemptModel; src: RunSource }> {
  const src = await readRunSource(root, rel, {
    mode: "full",
    hasLaterAttempt: exp.superseded_by_next_attempt,
    nowMs: nowFor(exp),
    tzOffsetMinutes: exp.tz_offset_minutes,
  });
  const model = buildAttempt(src);
  return { view: prepareAnswers(model, { workspaceListing: model.workspaceListing }), model, src };
}

describe("prepareAnswers against the fixture ground truth", () => {
  it.each(expectedRuns)("%s", async (rel, exp) => {
    const { view, model, src } = await prepared(rel, exp);
    const agents = Object.keys(exp.answers);
    expect(view.items).toHaveLength(agents.reduce((n, a) => n + (exp.answers[a]?.count ?? 0), 0));
    for (const agent of agents) {
      const mine = filterAnswers(view.items, agent);
      expect(mine.map((a) => a.label)).toEqual(exp.answers[agent]?.labels);
      // each answer points at the same agent's previous one (what the diff compares against)
      expect(mine.map((a) => a.previousLabel)).toEqual([null, ...mine.slice(0, -1).map((a) => a.label)]);
      expect(mine.every((a) => a.text !== null && a.snapshotDir?.startsWith(`${agent}/`))).toBe(true);
      expect(view.agents.find((a) => a.id === agent)?.count).toBe(exp.answers[agent]?.count);
    }
    // time order is kept across agents
    const times = model.answers.map((a) => a.timestamp ?? 0);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(view.empty).toBeNull();

    if (exp.files["final_answer"] === true) {
      expect(view.final?.agentId).toBe(exp.winner);
      expect(view.final?.label).toMatch(/^agent\d+\.final$/);
      expect(view.final?.text.length).toBeGreaterThan(0);
      expect(view.final?.contextDir).toBe(`final/${exp.winner}`);
      const names = src.workspaceListing?.[`final/${exp.winner}/workspace`] ?? [];
      expect(view.final?.workspaceFiles).toEqual(names.filter((n) => !n.endsWith("/")));
      expect(view.final?.workspaceFiles?.length).toBeGreaterThan(0);
    } else {
      expect(view.final).toBeNull();
    }
  });

  it("the still-running run has its answers and no final answer", async () => {
    const entry = expectedRuns.find(([, e]) => e.state === "running");
    expect(entry).toBeDefined();
    const [rel, exp] = entry!;
    const { view } = await prepared(rel, exp);
    expect(view.final).toBeNull();
    expect(view.items.map((a) => a.label).sort()).toEqual(["agent1.1", "agent2.1", "agent3.1"]);
  });

  it("relative times count from the run start", async () => {
    const [rel, exp] = expectedRuns.find(([r]) => r.startsWith("log_20251225_204406_076604/turn_1/attempt_1") && !r.includes("subagents"))!;
    const { view } = await prepared(rel, exp);
    expect(view.items.every((a) => a.offset === null || /^\+(\d+h )?(\d+m )?\d+s$|^\+\d+h \d+m$/.test(a.offset))).toBe(true);
    expect(view.items[0]?.offset).not.toBeNull();
  });
});

describe("runs without answers", () => {
  const base = (state: AttemptModel["state"]): AttemptModel =>
    ({ agents: [], answers: [], finalAnswer: null, startTime: null, state }) as unknown as AttemptModel;

  it.each(["running", "interrupted", "complete", "error"] as const)("%s: an explained empty state, never a blank", (state) => {
    const view = prepareAnswers(base(state));
    expect(view.items).toEqual([]);
    expect(view.empty?.title).toMatch(/No answers/);
    expect(view.empty?.detail.length).toBeGreaterThan(20);
  });
});

describe("hostile run (tests/fixtures/broken log_20260201_100007_000007)", () => {
  it("models every answer and shows bidi controls in file names as visible codes", async () => {
    const root = path.resolve(__dirname, "../../fixtures/broken");
    const exp = expectedRuns.find(([r]) => r === "log_20251229_013250_406604/turn_1/attempt_1")![1];
    const { view } = await prepared("log_20260201_100007_000007/turn_1/attempt_1", exp, root);
    expect(filterAnswers(view.items, "agent_a").map((a) => a.label)).toEqual(["agent1.1", "agent1.2"]);
    expect(view.items.find((a) => a.agentId === "agent_a")?.text).toContain("<script>");
    const files = view.final?.workspaceFiles ?? [];
    expect(files.some((f) => f.includes("<U+202E>"))).toBe(true);
    expect(files.some((f) => f.includes("\u202e"))).toBe(false);
  });
});

describe("diffAnswerWords", () => {
  const text = (segs: DiffSegment[], kind: DiffSegment["kind"]) =>
    segs
      .filter((s) => s.kind === kind)
      .map((s) => s.text.trim())
      .join("|");

  it("marks added, removed and unchanged words", () => {
    const d = diffAnswerWords("The quick brown fox jumps.", "The quick red fox jumps high.");
    expect(d.kind).toBe("diff");
    if (d.kind !== "diff") return;
    expect(d.granularity).toBe("word");
    expect(text(d.segments, "removed")).toBe("brown");
    expect(text(d.segments, "added")).toBe("red|high");
    expect(d.segments[0]).toEqual({ kind: "same", text: "The quick " });
    expect(d.addedWords).toBe(2);
    expect(d.removedWords).toBe(1);
    // nothing is lost: the same+added segments rebuild the new text
    expect(d.segments.filter((s) => s.kind !== "removed").map((s) => s.text).join("")).toBe("The quick red fox jumps high.");
  });

  it("identical answers give one unchanged segment", () => {
    const d = diffAnswerWords("same text", "same text");
    expect(d.kind === "diff" && d.segments).toEqual([{ kind: "same", text: "same text" }]);
  });

  it("large answers are diffed in chunks, quickly", () => {
    const para = (i: number) => `Paragraph ${i} talks about caching, retries and queue depth in detail.\n`;
    const a = Array.from({ length: 4000 }, (_, i) => para(i)).join("");
    const b = a.replace("Paragraph 1234 talks", "Paragraph 1234 now talks").replace(/Paragraph 3999.*\n/, "");
    const t0 = performance.now();
    const d = diffAnswerWords(a, b);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(d.kind).toBe("diff");
    if (d.kind !== "diff") return;
    expect(text(d.segments, "added")).toBe("now");
    expect(d.segments.filter((s) => s.kind !== "removed").map((s) => s.text).join("")).toBe(b);
  });

  it("refuses answers past the hard limit with a message instead of freezing", () => {
    const d = diffAnswerWords("x ".repeat(600_000), "y ".repeat(600_000));
    expect(d.kind).toBe("too-large");
    if (d.kind === "too-large") expect(d.message).toMatch(/too long/);
  });
});

describe("splitUserMessage", () => {
  it("finds the task and each answer the agent was shown", () => {
    const m = "<ORIGINAL MESSAGE> Do X <END OF ORIGINAL MESSAGE>\n\n<CURRENT ANSWERS from the agents>\n<agent1.2> one\n<b>x</b> <end of agent1.2>\n<agent2.1> two <end of agent2.1>\n<END OF CURRENT ANSWERS>";
    expect(splitUserMessage(m)).toEqual({
      task: "Do X",
      answers: [
        { label: "agent1.2", text: "one\n<b>x</b>" },
        { label: "agent2.1", text: "two" },
      ],
    });
  });

  it("a first round has no answers; a message without markers has no task", () => {
    expect(splitUserMessage("<ORIGINAL MESSAGE> Q <END OF ORIGINAL MESSAGE>\n<CURRENT ANSWERS from the agents>\n(no answers available yet)\n<END OF CURRENT ANSWERS>")).toEqual({ task: "Q", answers: [] });
    expect(splitUserMessage("just a question")).toEqual({ task: null, answers: [] });
  });
});

describe("prepareContextView", () => {
  it("a Python str() dump or an unknown JSON shape is shown as text", () => {
    expect(prepareContextView({ kind: "text", text: "{'role': 'user'}", issues: [] })).toEqual({ kind: "text", text: "{'role': 'user'}" });
    expect(prepareContextView({ kind: "json", value: [1, 2], issues: [] })).toEqual({ kind: "text", text: "[\n  1,\n  2\n]" });
  });

  it("round contexts: tools of either schema style, history count, content parts", () => {
    const v = prepareContextView({
      kind: "json",
      value: {
        system_message: [{ type: "text", text: "sys" }],
        user_message: "plain question",
        tools: [{ function: { name: "vote" } }, { name: "new_answer" }, "junk"],
        conversation_history: [{}, {}],
      },
      issues: [],
    });
    expect(v).toEqual({
      kind: "round",
      systemMessage: "sys",
      userMessage: "plain question",
      task: null,
      seenAnswers: [],
      tools: ["vote", "new_answer"],
      historyCount: 2,
    });
  });
});
