/**
 * status.json as MassGen would have written it mid-run (FORMAT.md §3.1), made
 * from the recorded final one and what the replay has reached so far: answers
 * and votes from the events.jsonl lines already written, phase from the last
 * phase_change, winner once selected. Costs grow with the share of rounds done.
 */
export interface Progress {
  phase: string;
  /** agent → answer labels so far */
  answers: Map<string, string[]>;
  /** agent → voted-for labels/agents so far, first first */
  votes: Map<string, { agent: string | null; label: string | null; reason: string | null }[]>;
  winner: string | null;
  /** 0..1 of the recorded duration */
  fraction: number;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {});

export function emptyProgress(): Progress {
  return { phase: "initial_answer", answers: new Map(), votes: new Map(), winner: null, fraction: 0 };
}

/** Fold one events.jsonl line (already parsed) into the progress (§3.9 event catalogue). */
export function advance(p: Progress, e: Json): void {
  const d = obj(e["data"]);
  const agent = typeof e["agent_id"] === "string" ? e["agent_id"] : null;
  const s = (v: unknown) => (typeof v === "string" ? v : null);
  if (e["event_type"] === "phase_change" && s(d["phase"])) p.phase = s(d["phase"]) as string;
  if (e["event_type"] === "answer_submitted" && agent) p.answers.set(agent, [...(p.answers.get(agent) ?? []), s(d["answer_label"]) ?? `${agent}.?`]);
  if (e["event_type"] === "vote" && agent) {
    p.votes.set(agent, [...(p.votes.get(agent) ?? []), { agent: s(d["target_id"]), label: s(d["voted_for_label"]), reason: s(d["reason"]) }]);
    if (p.phase === "initial_answer") p.phase = "enforcement";
  }
  if ((e["event_type"] === "final_presentation_start" || e["event_type"] === "winner_selected") && agent) {
    p.winner = agent;
    p.phase = "presentation";
  }
}

export function midRunStatus(template: Json, p: Progress, ctx: { now: number; start: number; logDir: string }): Json {
  const meta = obj(template["meta"]);
  const agents = obj(template["agents"]);
  const allVotes = [...p.votes.values()].flat();
  const tally: Record<string, number> = {};
  for (const v of allVotes) if (v.label) tally[v.label] = (tally[v.label] ?? 0) + 1;
  const nAnswers = [...p.answers.values()].reduce((n, a) => n + a.length, 0);
  const costs = obj(template["costs"]);
  const scale = (v: unknown) => (typeof v === "number" ? Math.round(v * p.fraction * 1e6) / 1e6 : v);
  return {
    ...template,
    finish_reason: "in_progress",
    finish_reason_details: `Phase: ${p.phase}`,
    is_complete: false,
    meta: { ...meta, last_updated: ctx.now, start_time: ctx.start, elapsed_seconds: Math.round((ctx.now - ctx.start) * 1000) / 1000, log_dir: ctx.logDir },
    costs: Object.fromEntries(Object.entries(costs).map(([k, v]) => [k, scale(v)])),
    coordination: {
      phase: p.phase,
      active_agent: null,
      completion_percentage: Math.min(100, Math.floor((100 * (nAnswers + allVotes.length)) / (2 * Math.max(1, Object.keys(agents).length)))),
      is_final_presentation: p.phase === "presentation",
    },
    agents: Object.fromEntries(
      Object.entries(agents).map(([id, a]) => {
        const answers = p.answers.get(id) ?? [];
        const first = p.votes.get(id)?.[0];
        const status = first ? "voted" : answers.length ? "answered" : "waiting";
        const voteCast = first ? { voted_for_agent: first.agent, voted_for_label: first.label, reason_preview: first.reason?.slice(0, 100) ?? null } : null;
        return [id, { ...obj(a), status, answer_count: answers.length, latest_answer_label: answers.at(-1) ?? null, vote_cast: voteCast }];
      }),
    ),
    historical_workspaces: [],
    results: { votes: tally, winner: p.winner, final_answer_preview: null },
  };
}

/** The recorded final status.json, moved to the replay's clock (§3.1: the end-of-run write). */
export function finalStatus(template: Json, ctx: { now: number; start: number; logDir: string }): Json {
  const meta = obj(template["meta"]);
  return { ...template, meta: { ...meta, last_updated: ctx.now, start_time: ctx.start, elapsed_seconds: Math.round((ctx.now - ctx.start) * 1000) / 1000, log_dir: ctx.logDir }, historical_workspaces: [] };
}
