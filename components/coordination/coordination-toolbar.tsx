"use client";

import type { CoordFilter } from "@/lib/prepare/coordination-facets";
import type { CoordColumn, CoordFacet, CoordFacetCount } from "@/lib/prepare/coordination-types";

const SELECT = "h-7 rounded-md border border-border bg-background px-2 text-[12px] text-foreground focus:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/** Agent and event-type filters plus the "answers & votes only" toggle (issue 3). */
export function CoordinationToolbar({
  columns,
  facets,
  filter,
  onChange,
  shown,
  total,
}: {
  columns: CoordColumn[];
  facets: CoordFacetCount[];
  filter: CoordFilter;
  onChange: (f: CoordFilter) => void;
  shown: number;
  total: number;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor="coord-agent">
        Agent
      </label>
      <select
        id="coord-agent"
        data-testid="coord-filter-agent"
        className={SELECT}
        value={filter.agents[0] ?? ""}
        onChange={(e) => onChange({ ...filter, agents: e.target.value ? [e.target.value] : [] })}
      >
        <option value="">All agents</option>
        {columns.map((c) => (
          <option key={c.agentId} value={c.agentId}>
            {c.labelPrefix ? `${c.labelPrefix} · ${c.agentId}` : c.agentId}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="coord-type">
        Event type
      </label>
      <select
        id="coord-type"
        data-testid="coord-filter-type"
        className={SELECT}
        value={filter.facets[0] ?? ""}
        onChange={(e) => onChange({ ...filter, facets: e.target.value ? [e.target.value as CoordFacet] : [] })}
      >
        <option value="">All event types</option>
        {facets.map((f) => (
          <option key={f.facet} value={f.facet}>
            {f.label} ({f.count.toLocaleString("en-US")})
          </option>
        ))}
      </select>
      <label className="inline-flex h-7 cursor-pointer items-center gap-1.5 rounded-md border border-border px-2 text-[12px]">
        <input
          type="checkbox"
          data-testid="coord-answers-votes-only"
          checked={filter.answersAndVotesOnly}
          onChange={(e) => onChange({ ...filter, answersAndVotesOnly: e.target.checked })}
        />
        Answers &amp; votes only
      </label>
      <span className="ml-auto text-[12px] text-muted tabular-nums" aria-live="polite">
        {shown === total ? `${total.toLocaleString("en-US")} events` : `${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} events`}
      </span>
    </div>
  );
}
