/**
 * The runs list's search, filters and sort as they live in the URL, so a
 * shared link restores the exact view (STYLE.md: filters in the URL).
 *
 *   ?q=dylan&state=running,error&analyzed=no&agent=agent_a&model=gpt-5&sort=cost.asc
 *
 * Unknown or malformed values are dropped, never an error: URLs get hand-edited.
 */
import type { RunState } from "@/lib/model/types";
import { STATE_ORDER } from "./runs-facets";
import type { RunsTableRow } from "./runs-table";

export const SORT_KEYS = [
  "started",
  "question",
  "agents",
  "winner",
  "state",
  "cost",
  "tokens",
  "duration",
  "attempts",
  "analyzed",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface RunsQuery {
  q: string;
  states: RunState[];
  analyzed: "all" | "yes" | "no";
  agents: string[];
  models: string[];
  sort: { key: SortKey; desc: boolean };
}

export const DEFAULT_SORT: RunsQuery["sort"] = { key: "started", desc: true };

type ParamSource = { get(name: string): string | null };

export function parseRunsQuery(params: ParamSource): RunsQuery {
  const states = splitList(params.get("state")).filter((s): s is RunState =>
    (STATE_ORDER as readonly string[]).includes(s),
  );
  const analyzedRaw = params.get("analyzed");
  return {
    q: (params.get("q") ?? "").slice(0, 200),
    states,
    analyzed: analyzedRaw === "yes" || analyzedRaw === "no" ? analyzedRaw : "all",
    agents: splitList(params.get("agent")),
    models: splitList(params.get("model")),
    sort: parseSort(params.get("sort")),
  };
}

function splitList(raw: string | null): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(",").map((s) => s.trim()).filter(Boolean))];
}

function parseSort(raw: string | null): RunsQuery["sort"] {
  if (!raw) return DEFAULT_SORT;
  const [key, dir] = raw.split(".");
  if (!(SORT_KEYS as readonly string[]).includes(key ?? "")) return DEFAULT_SORT;
  return { key: key as SortKey, desc: dir !== "asc" };
}

/** Query → search string (without "?"); defaults are omitted to keep URLs short. */
export function serializeRunsQuery(query: RunsQuery): string {
  const p = new URLSearchParams();
  if (query.q.trim()) p.set("q", query.q);
  if (query.states.length) p.set("state", query.states.join(","));
  if (query.analyzed !== "all") p.set("analyzed", query.analyzed);
  if (query.agents.length) p.set("agent", query.agents.join(","));
  if (query.models.length) p.set("model", query.models.join(","));
  if (query.sort.key !== DEFAULT_SORT.key || query.sort.desc !== DEFAULT_SORT.desc) {
    p.set("sort", `${query.sort.key}.${query.sort.desc ? "desc" : "asc"}`);
  }
  return p.toString();
}

export function isFiltered(query: RunsQuery): boolean {
  return Boolean(query.q.trim() || query.states.length || query.analyzed !== "all" || query.agents.length || query.models.length);
}

/** Every whitespace-separated term must appear in the question, agent ids, models or log name. */
export function filterRuns(rows: readonly RunsTableRow[], query: RunsQuery): RunsTableRow[] {
  const terms = query.q.toLowerCase().split(/\s+/).filter(Boolean);
  const states = new Set(query.states);
  return rows.filter((row) => {
    if (terms.some((t) => !row.searchText.includes(t))) return false;
    if (states.size && !states.has(row.state)) return false;
    if (query.analyzed === "yes" && !row.analyzed) return false;
    if (query.analyzed === "no" && row.analyzed) return false;
    // Agent ids and models are one facet: any selected value matches (OR).
    if (query.agents.length || query.models.length) {
      const hit =
        row.agents.some((a) => query.agents.includes(a.id)) || row.models.some((m) => query.models.includes(m));
      if (!hit) return false;
    }
    return true;
  });
}
