"use client";

import { useCallback, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { errorIndexes, formatBytes, searchBlocks, traceRows, type TraceOutline, type TraceRow } from "@/lib/prepare/trace";
import type { TraceTarget } from "./trace-api";
import { TraceBlockList } from "./trace-block-list";
import { TraceToolbar } from "./trace-toolbar";
import { useBlockParts } from "./use-block-parts";
import { useTraceNav } from "./use-trace-nav";
import { useTraceOutline } from "./use-trace-outline";
import { useTraceSearch } from "./use-trace-search";

/** One trace file: loading / error (retry) / empty / partial (issues) / the block list. */
export function TraceViewer({ target, file }: { target: TraceTarget; file: string }) {
  const { state, retry } = useTraceOutline(target, file);
  if (state.status === "loading") return <p className="px-1 py-8 text-center text-[13px] text-muted">Loading trace outline…</p>;
  if (state.status === "error")
    return (
      <div role="alert" className="flex flex-col items-start gap-2 rounded-lg border border-bad/20 bg-bad-soft/40 px-4 py-3 text-[13px]">
        <p>Could not read this trace: {state.message}</p>
        <Button size="sm" onClick={retry}>
          Retry
        </Button>
      </div>
    );
  return <OutlineView target={target} file={file} outline={state.outline} />;
}

function OutlineView({ target, file, outline }: { target: TraceTarget; file: string; outline: TraceOutline }) {
  const rows = useMemo(() => traceRows(outline), [outline]);
  const errors = useMemo(() => errorIndexes(outline), [outline]);
  const { blocks, ensure, loadMore } = useBlockParts(target, file);
  const [query, setQuery] = useState("");
  const { hits, error: searchError } = useTraceSearch(target, file, query);
  const nav = useTraceNav();
  const [toggled, setToggled] = useState<ReadonlySet<number>>(new Set());
  const [allOpen, setAllOpen] = useState<boolean | null>(null);

  const hitBlocks = useMemo(() => searchBlocks(hits), [hits]);
  const isOpen = useCallback(
    (row: TraceRow) => {
      // a jump target or a search hit is always shown open
      if (nav.jump?.index === row.index || hitBlocks.includes(row.index)) return true;
      const base = allOpen ?? !row.collapsedByDefault;
      return toggled.has(row.index) ? !base : base;
    },
    [allOpen, toggled, nav.jump, hitBlocks],
  );
  const onToggle = useCallback((row: TraceRow) => {
    setToggled((s) => {
      const n = new Set(s);
      if (!n.delete(row.index)) n.add(row.index);
      return n;
    });
  }, []);
  const hitPos = nav.jump ? hitBlocks.indexOf(nav.jump.index) + 1 || null : null;

  return (
    <div className="flex flex-col gap-3" data-testid="trace-viewer" data-file={file}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-[12px] text-muted">
        <span className="font-mono font-medium text-foreground">{outline.agentId ?? "unknown agent"}</span>
        {outline.model && <span>model {outline.model}</span>}
        {outline.started && <span>started {outline.started}</span>}
        <span>
          {rows.length} blocks · {formatBytes(outline.size)}
        </span>
      </header>
      {outline.issues.length > 0 && (
        <p className="rounded-md bg-warn-soft px-3 py-1.5 text-[12px] text-warn" data-testid="trace-issues">
          Partly readable: {outline.issues.join("; ")}
        </p>
      )}
      <TraceToolbar
        query={query}
        onQuery={(q) => {
          setQuery(q);
          nav.reset();
        }}
        hits={hits}
        searchError={searchError}
        hitPos={hitPos}
        onPrevHit={() => nav.prev(hitBlocks)}
        onNextHit={() => nav.next(hitBlocks)}
        errorCount={errors.length}
        onNextError={() => nav.next(errors)}
        allOpen={allOpen ?? false}
        onToggleAll={() => {
          setAllOpen((v) => !(v ?? false));
          setToggled(new Set());
        }}
      />
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border-strong px-4 py-8 text-center text-[13px] text-muted">
          This trace has no blocks: MassGen wrote the header only (the agent produced no reasoning or tool calls in this round).
        </p>
      ) : (
        <TraceBlockList
          rows={rows}
          blocks={blocks}
          isOpen={isOpen}
          onToggle={onToggle}
          ensure={ensure}
          loadMore={loadMore}
          query={query}
          jump={nav.jump}
          onFirstVisible={nav.onFirstVisible}
        />
      )}
    </div>
  );
}
