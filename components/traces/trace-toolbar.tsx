"use client";

import { Button } from "@/components/ui/button";
import type { SearchHits } from "@/lib/prepare/trace";

interface Props {
  query: string;
  onQuery: (q: string) => void;
  hits: SearchHits | null;
  searchError: string | null;
  /** position among matching blocks, 1-based; null before the first jump */
  hitPos: number | null;
  onPrevHit: () => void;
  onNextHit: () => void;
  errorCount: number;
  onNextError: () => void;
  allOpen: boolean;
  onToggleAll: () => void;
}

export function TraceToolbar(p: Props) {
  const matches = p.hits ? `${p.hits.total}${p.hits.truncated ? "+" : ""} in ${p.hits.hits.length} blocks` : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="flex min-w-0 flex-1 items-center gap-1.5">
        <input
          type="search"
          value={p.query}
          onChange={(e) => p.onQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") (e.shiftKey ? p.onPrevHit : p.onNextHit)();
          }}
          placeholder="Search this trace"
          aria-label="Search this trace"
          data-testid="trace-search"
          className="h-8 w-full max-w-xs rounded-md border border-border bg-background px-2.5 text-[13px] outline-none focus:ring-2 focus:ring-ring"
        />
        <Button size="sm" variant="outline" onClick={p.onPrevHit} disabled={!p.hits?.hits.length} aria-label="Previous match">
          ↑
        </Button>
        <Button size="sm" variant="outline" onClick={p.onNextHit} disabled={!p.hits?.hits.length} aria-label="Next match">
          ↓
        </Button>
        <span className="text-[12px] text-muted tabular-nums" data-testid="trace-search-count" aria-live="polite">
          {p.searchError ? `Search failed: ${p.searchError}` : matches && (p.hitPos ? `block ${p.hitPos} of ${p.hits?.hits.length} · ${matches}` : matches)}
        </span>
      </div>
      <Button size="sm" variant="ghost" onClick={p.onToggleAll}>
        {p.allOpen ? "Collapse all" : "Expand all"}
      </Button>
      <Button size="sm" variant="outline" onClick={p.onNextError} disabled={p.errorCount === 0} data-testid="trace-next-error">
        Next error{p.errorCount > 0 && <span className="text-bad tabular-nums">{p.errorCount}</span>}
      </Button>
    </div>
  );
}
