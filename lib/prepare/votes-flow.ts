import type { AttemptModel } from "@/lib/model/types";
import { agentColor, type AgentColor } from "./agent-colors";
import { labelAgentLookup } from "./coordination-labels";
import type { VoteEntry, VoteFlow, VoteFlowLink, VoteFlowNode, VoteRound } from "./votes-types";

/**
 * Vote flow: one lane per agent, one column per vote round, then the winner.
 * In each round a node shows which answer the agent supported: the answer it
 * voted for, or its own new answer (publishing an answer is backing it, §2).
 * Geometry is computed here so the component only draws (STYLE.md "prepare,
 * then draw").
 */
const LEFT = 132;
const TOP = 30;
const COL_W = 128;
const LANE_H = 38;
const NODE_W = 92;
const NODE_H = 22;

export function prepareVoteFlow(m: AttemptModel, rounds: VoteRound[], winnerLabel: string | null, colors: Record<string, AgentColor>): VoteFlow | null {
  if (!rounds.length || !m.agents.length) return null;
  const labelAgent = labelAgentLookup(m);
  const colorOf = (id: string | null) => (id ? (colors[id] ?? null) : null);
  const lanes = m.agents.map((a, i) => ({ agentId: a.id, y: TOP + i * LANE_H + LANE_H / 2, color: colors[a.id] ?? agentColor(a.id) }));
  const colX = (c: number) => LEFT + c * COL_W;
  const nodes: VoteFlowNode[] = [];
  const links: VoteFlowLink[] = [];
  const last = new Map<string, { node: VoteFlowNode; supports: string | null }>();
  const node = (p: Omit<VoteFlowNode, "x" | "y" | "w" | "h" | "id">, laneY: number): VoteFlowNode => {
    const n = { ...p, id: `${p.col}:${p.agentId ?? "winner"}`, x: colX(p.col), y: laneY - NODE_H / 2, w: NODE_W, h: NODE_H };
    nodes.push(n);
    return n;
  };
  const link = (from: VoteFlowNode, to: VoteFlowNode, color: AgentColor | null, switched: boolean) =>
    links.push({ id: `${from.id}>${to.id}`, from: from.id, to: to.id, color, switched, d: curve(from, to) });

  let prevAvailable: string[] = [];
  rounds.forEach((r, col) => {
    for (const lane of lanes) {
      const pick = pickEntry(r.entries.filter((e) => e.voterId === lane.agentId));
      const ownNew = r.available.find((l) => labelAgent(l) === lane.agentId && !prevAvailable.includes(l));
      const spec = pick ? fromEntry(pick, colorOf) : ownNew ? { kind: "answer" as const, label: ownNew, color: lane.color, title: `${lane.agentId} published ${ownNew}`, supports: ownNew } : null;
      if (!spec) continue;
      const n = node({ col, agentId: lane.agentId, kind: spec.kind, label: spec.label, color: spec.color, title: spec.title }, lane.y);
      const before = last.get(lane.agentId);
      if (before) link(before.node, n, lane.color, !!before.supports && !!spec.supports && before.supports !== spec.supports);
      last.set(lane.agentId, { node: n, supports: spec.supports });
    }
    prevAvailable = r.available;
  });

  const columns = rounds.map((r, c) => ({ x: colX(c) + NODE_W / 2, title: `Round ${r.n}` }));
  if (m.winner) {
    const midY = TOP + (lanes.length * LANE_H) / 2;
    const label = m.finalAnswer?.label ?? winnerLabel ?? m.winner;
    const w = node({ col: rounds.length, agentId: null, kind: "winner", label, color: colorOf(m.winner), title: `Winner: ${m.winner}` }, midY);
    columns.push({ x: w.x + NODE_W / 2, title: "Winner" });
    for (const lane of lanes) {
      const l = last.get(lane.agentId);
      if (l?.supports && labelAgent(l.supports) === m.winner) link(l.node, w, lane.color, false);
    }
  }
  return { width: colX(columns.length) + 8, height: TOP + lanes.length * LANE_H + 8, columns, lanes, nodes, links };
}

/** An agent's standing in a round: its last accepted vote, else its stop, else its ignored vote. */
function pickEntry(mine: VoteEntry[]): VoteEntry | undefined {
  const lastOf = (k: VoteEntry["kind"]) => mine.filter((e) => e.kind === k).at(-1);
  return lastOf("vote") ?? lastOf("stop") ?? lastOf("ignored");
}

function fromEntry(e: VoteEntry, colorOf: (id: string | null) => AgentColor | null) {
  if (e.kind === "stop") return { kind: "stop" as const, label: "stop", color: e.voterColor, title: `${e.voterId} stopped${e.reason ? `: ${e.reason}` : ""}`, supports: null };
  const label = e.targetLabel ?? "?";
  const verb = e.kind === "ignored" ? "vote ignored for" : "voted for";
  return { kind: e.kind, label, color: colorOf(e.targetAgentId), title: `${e.voterId} ${verb} ${label}`, supports: e.kind === "vote" ? e.targetLabel : null };
}

function curve(a: VoteFlowNode, b: VoteFlowNode): string {
  const x1 = a.x + a.w;
  const y1 = a.y + a.h / 2;
  const x2 = b.x;
  const y2 = b.y + b.h / 2;
  const mx = (x1 + x2) / 2;
  return `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
}
