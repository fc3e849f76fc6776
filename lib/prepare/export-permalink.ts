/**
 * The view state a permalink carries beyond log/turn/attempt/tab (issue 7
 * "Permalinks"): `agent` (the focused agent, which also filters the
 * coordination table and the answers), `event` and `av` (coordination
 * filters), `round` (coordination scroll target), `t0`/`t1` (timeline window,
 * seconds since the run start). Pure: params in, values out.
 */
import { FACET_LABELS, type CoordFilter } from "./coordination-facets";
import type { CoordFacet } from "./coordination-types";

export type ParamPatch = Record<string, string | null>;

interface ParamsLike {
  get(name: string): string | null;
}

export function coordFilterFromParams(p: ParamsLike): CoordFilter {
  const agent = p.get("agent");
  const event = p.get("event");
  return {
    agents: agent ? [agent] : [],
    facets: event && event in FACET_LABELS ? [event as CoordFacet] : [],
    answersAndVotesOnly: p.get("av") === "1",
  };
}

export function coordFilterParams(f: CoordFilter): ParamPatch {
  return { agent: f.agents[0] ?? null, event: f.facets[0] ?? null, av: f.answersAndVotesOnly ? "1" : null };
}

const ROUND = /^(0|[1-9][0-9]{0,5})$/;

export function parseRound(v: string | null): number | null {
  return v !== null && ROUND.test(v) ? Number(v) : null;
}

export interface TimeWindow {
  t0: number;
  t1: number;
}

/** A window from `t0`/`t1`; null when either is missing, not a number, negative or empty. */
export function parseTimeWindow(t0: string | null, t1: string | null): TimeWindow | null {
  if (t0 === null || t1 === null || t0.trim() === "" || t1.trim() === "") return null;
  const a = Number(t0);
  const b = Number(t1);
  if (!Number.isFinite(a) || !Number.isFinite(b) || a < 0 || b <= a) return null;
  return { t0: a, t1: b };
}

/** Rounded to 0.1 s: enough to restore the view, short enough to read in a link. */
export function timeWindowParams(w: TimeWindow | null): ParamPatch {
  const fmt = (n: number) => String(Math.round(n * 10) / 10);
  return w ? { t0: fmt(w.t0), t1: fmt(w.t1) } : { t0: null, t1: null };
}

/** `search` with `patch` applied (null deletes); returns "?a=b" or "". */
export function applyParams(search: string, patch: ParamPatch): string {
  const next = new URLSearchParams(search);
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === "") next.delete(k);
    else next.set(k, v);
  }
  const qs = next.toString();
  return qs ? `?${qs}` : "";
}

/** The agent `1`–`9` focuses: the nth of the run's agents; pressing it again clears the focus. */
export function agentForKey(agents: readonly string[], key: string, current: string | null): string | null | undefined {
  if (!/^[1-9]$/.test(key)) return undefined;
  const id = agents[Number(key) - 1];
  if (id === undefined) return undefined;
  return id === current ? null : id;
}

/**
 * An untrusted id as a quoted CSS attribute value: everything but [A-Za-z0-9_-]
 * becomes a hex escape, so no id can close the string or the <style> element.
 */
export function cssString(s: string): string {
  return `"${s.replace(/[^A-Za-z0-9_-]/g, (c) => `\\${c.codePointAt(0)?.toString(16) ?? "0"} `)}"`;
}
