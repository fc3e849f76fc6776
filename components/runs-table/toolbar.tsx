"use client";

import type { RunState } from "@/lib/model/types";
import type { RunsFacets } from "@/lib/prepare/runs-facets";
import { isFiltered, type RunsQuery } from "@/lib/prepare/runs-query";
import { Button } from "@/components/ui/button";
import { AnalyzedFilter } from "./analyzed-filter";
import { FacetedFilter } from "./faceted-filter";
import { SearchInput } from "./search-input";

interface ToolbarProps {
  query: RunsQuery;
  facets: RunsFacets;
  /** rows left after search and filters; null until the rows are built in the browser */
  shown: number | null;
  total: number;
  onChange: (patch: Partial<RunsQuery>) => void;
}

export function Toolbar({ query, facets, shown, total, onChange }: ToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <SearchInput value={query.q} onChange={(q) => onChange({ q })} />
      <FacetedFilter
        title="State"
        data-testid="filter-state"
        groups={[{ id: "state", options: facets.states, selected: query.states }]}
        onChange={(_, selected) => onChange({ states: selected as RunState[] })}
        onClear={() => onChange({ states: [] })}
      />
      <FacetedFilter
        title="Agent / model"
        data-testid="filter-agent"
        searchable
        groups={[
          { id: "agent", heading: "Agents", options: facets.agents, selected: query.agents },
          { id: "model", heading: "Models", options: facets.models, selected: query.models },
        ]}
        onChange={(group, selected) => onChange(group === "agent" ? { agents: selected } : { models: selected })}
        onClear={() => onChange({ agents: [], models: [] })}
      />
      <AnalyzedFilter value={query.analyzed} counts={facets.analyzed} onChange={(analyzed) => onChange({ analyzed })} />
      {isFiltered(query) && (
        <Button
          variant="ghost"
          size="md"
          onClick={() => onChange({ q: "", states: [], analyzed: "all", agents: [], models: [] })}
        >
          Reset ✕
        </Button>
      )}
      <div className="ml-auto text-[12px] text-muted tabular-nums" aria-live="polite" data-testid="runs-count">
        {shown === null || shown === total ? `${total.toLocaleString("en-US")} ${total === 1 ? "turn" : "turns"}` : `${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} turns`}
      </div>
    </div>
  );
}
