"use client";

import { useEffect } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatBytes, type TraceRow } from "@/lib/prepare/trace";
import { Highlight } from "./highlight";
import { TraceBlockBody } from "./trace-block-body";
import type { LoadedBlock } from "./use-block-parts";

interface Props {
  row: TraceRow;
  loaded: LoadedBlock | undefined;
  open: boolean;
  current: boolean;
  query: string;
  onToggle: () => void;
  onVisible: () => void;
  onMore: () => void;
}

/** One block: a header line (always) and its body, fetched when the row is rendered open. */
export function TraceBlockRow({ row, loaded, open, current, query, onToggle, onVisible, onMore }: Props) {
  useEffect(() => {
    if (open) onVisible();
  }, [open, onVisible]);
  const last = loaded?.parts.at(-1);
  const detail = loaded?.parts.length === 1 ? loaded.parts[0]?.detail : null;
  return (
    <article
      data-testid="trace-block"
      data-kind={row.kind}
      data-error={row.error || undefined}
      className={cn(
        "mx-3 my-1.5 rounded-lg border bg-background",
        row.error ? "border-bad/30" : row.kind === "vote_cast" ? "border-live/30" : "border-border",
        current && "ring-2 ring-accent/50",
      )}
    >
      <button type="button" onClick={onToggle} aria-expanded={open} className="flex w-full min-w-0 items-center gap-2 px-3 py-2 text-left">
        <span aria-hidden className={cn("w-3 text-[10px] text-subtle transition-transform", open && "rotate-90")}>
          ▶
        </span>
        <Badge tone={row.tone}>{row.label}</Badge>
        {row.error && <Badge tone="bad">failed</Badge>}
        {row.subject && <span className="shrink-0 font-mono text-[12px] font-medium">{row.subject}</span>}
        {!open && (
          <span className="min-w-0 flex-1 truncate text-[12px] text-muted">
            <Highlight text={row.preview} query={query} />
          </span>
        )}
        <span className="ml-auto shrink-0 text-[11px] text-subtle tabular-nums">{formatBytes(row.bytes)}</span>
      </button>
      {open && (
        <div className="border-t border-border px-3 py-2.5">
          {detail ? (
            <TraceBlockBody detail={detail} query={query} />
          ) : loaded && loaded.parts.length > 0 ? (
            <pre className="max-h-[28rem] overflow-auto rounded-md bg-surface px-3 py-2 font-mono text-[12px] leading-5 whitespace-pre-wrap break-words">
              {loaded.parts.map((p) => (
                <Highlight key={p.offset} text={p.text} query={query} />
              ))}
            </pre>
          ) : null}
          {loaded?.status === "loading" && <p className="text-[12px] text-muted">Loading…</p>}
          {loaded?.status === "error" && <p className="text-[12px] text-bad">Could not load this block: {loaded.message}</p>}
          {last && last.nextOffset !== null && loaded?.status === "ready" && (
            <Button size="sm" className="mt-2" onClick={onMore}>
              Load next part ({formatBytes(last.totalBytes - last.nextOffset)} left)
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
