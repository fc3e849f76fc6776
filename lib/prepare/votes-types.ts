import type { AgentColor } from "./agent-colors";

/** View model of the Votes panel (issue 3 "Votes"). Strings are untrusted text. */

export type VoteFlag = "switch" | "self" | "ignored" | "invalid" | "stop";

export interface VoteEntry {
  key: string;
  kind: "vote" | "ignored" | "stop";
  voterId: string;
  voterColor: AgentColor;
  /** answer label voted for (or the stop's status for a stop) */
  targetLabel: string | null;
  targetAgentId: string | null;
  targetColor: AgentColor | null;
  /** full reason (stop: its summary); null when MassGen did not record it */
  reason: string | null;
  flags: VoteFlag[];
  /** for a switch: the label this voter supported in its previous vote */
  switchedFrom: string | null;
  relLabel: string | null;
  localTime: string | null;
  iteration: number | null;
  round: number | null;
}

export interface TallyBar {
  label: string;
  agentId: string | null;
  color: AgentColor | null;
  count: number;
  /** count / the largest count, for the bar width */
  share: number;
  isWinner: boolean;
}

/** Votes cast between two new answers: every voter saw the same answers (FORMAT.md §2, restarts). */
export interface VoteRound {
  n: number;
  /** the answer whose arrival opened this round, null before any answer */
  afterLabel: string | null;
  /** each agent's latest answer label at the time of the round */
  available: string[];
  entries: VoteEntry[];
  tally: TallyBar[];
  /** label with the most accepted votes in this round, null on a tie or none */
  leader: string | null;
  iterations: { from: number; to: number } | null;
}

export interface VoteFlowNode {
  id: string;
  col: number;
  agentId: string | null;
  kind: "answer" | "vote" | "ignored" | "stop" | "winner";
  label: string;
  /** colour of the answer's author (fill), voter colour for stops */
  color: AgentColor | null;
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
}

export interface VoteFlowLink {
  id: string;
  from: string;
  to: string;
  /** voter colour */
  color: AgentColor | null;
  /** the agent changed which answer it supports */
  switched: boolean;
  /** path data, ready for <path d> */
  d: string;
}

export interface VoteFlow {
  width: number;
  height: number;
  columns: { x: number; title: string }[];
  lanes: { agentId: string; y: number; color: AgentColor }[];
  nodes: VoteFlowNode[];
  links: VoteFlowLink[];
}

export interface VotesView {
  rounds: VoteRound[];
  /** the tally that decided the winner (each agent's latest valid vote) */
  finalTally: TallyBar[];
  winner: { agentId: string; label: string | null; color: AgentColor | null } | null;
  totals: { votes: number; ignored: number; stops: number; switches: number; selfVotes: number };
  flow: VoteFlow | null;
  /** why there is nothing to show, or what is missing */
  note: string | null;
}
