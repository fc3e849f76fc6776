"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { cn } from "@/components/ui/cn";
import { parseRound } from "@/lib/prepare/export-permalink";
import type { CoordinationView } from "@/lib/prepare/coordination-types";
import { CoordinationTable } from "./coordination-table";
import { CoordinationToolbar } from "./coordination-toolbar";
import { RawTable } from "./raw-table";
import { useCoordinationFilter } from "./use-coordination-filter";

export interface CoordinationPanelProps {
  /** prepareCoordination(model) */
  view: CoordinationView;
  /** coordination_table.txt as written, or null (missing / too large / unreadable) */
  rawTable: string | null;
  /** why rawTable is null when it is not simply missing */
  rawTableNote?: string | null;
}

type Tab = "table" | "raw";

/** The interactive coordination table and the raw coordination_table.txt (issue 3). */
export function CoordinationPanel({ view, rawTable, rawTableNote = null }: CoordinationPanelProps) {
  const [tab, setTab] = useState<Tab>("table");
  const { filter, setFilter, visible } = useCoordinationFilter(view.rows);
  const round = parseRound(useSearchParams().get("round"));
  return (
    <section className="flex flex-col gap-3" data-testid="coordination-panel" data-source={view.source}>
      <div className="flex flex-wrap items-center gap-3">
        <div role="tablist" aria-label="Coordination views" className="inline-flex rounded-md border border-border p-0.5">
          {(["table", "raw"] as const).map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={tab === t}
              data-testid={`coord-tab-${t}`}
              onClick={() => setTab(t)}
              className={cn("h-6 rounded px-2.5 text-[12px]", tab === t ? "bg-foreground text-background" : "text-muted hover:text-foreground")}
            >
              {t === "table" ? "Table" : "Raw"}
            </button>
          ))}
        </div>
        <p className={cn("text-[12px]", view.source === "coordination_events" ? "text-subtle" : "text-warn")}>{view.sourceNote}</p>
      </div>
      {tab === "raw" ? (
        <RawTable text={rawTable} note={rawTableNote} />
      ) : view.rows.length === 0 ? (
        <p data-testid="coordination-table" className="rounded-lg border border-dashed border-border p-4 text-[13px] text-muted">
          {view.sourceNote}
        </p>
      ) : (
        <>
          <CoordinationToolbar columns={view.columns} facets={view.facets} filter={filter} onChange={setFilter} shown={visible.length} total={view.rows.length} />
          {visible.length ? (
            <CoordinationTable view={view} rows={visible} focusRound={round} />
          ) : (
            <p data-testid="coordination-table" className="rounded-lg border border-dashed border-border p-4 text-[13px] text-muted">
              No events match these filters.
            </p>
          )}
        </>
      )}
    </section>
  );
}
