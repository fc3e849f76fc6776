"use client";

import { cn } from "@/components/ui/cn";
import type { AgentColor } from "@/lib/prepare/agent-colors";
import type { CoordCell } from "@/lib/prepare/coordination-types";

const TONE: Record<CoordCell["tone"], string> = {
  answer: "text-accent",
  vote: "text-live",
  ok: "text-ok",
  warn: "text-warn",
  bad: "text-bad",
  muted: "text-muted",
  neutral: "text-foreground",
};

/** Long secondary text is clamped until the row is expanded. */
const CLAMP_AT = 140;
const INLINE_MAX = 48;

/** The acting agent's cell. Every string here is agent output: rendered as text only. */
export function CoordinationCell({
  cell,
  colorOf,
  fullText,
  expanded,
  onToggle,
}: {
  cell: CoordCell;
  colorOf: (agentId: string | null) => AgentColor | null;
  fullText: string | null;
  expanded: boolean;
  onToggle: () => void;
}) {
  const labelColor = colorOf(cell.labelAgentId);
  const expandable = fullText !== null || (cell.text?.length ?? 0) > CLAMP_AT;
  // short one-line details (statuses, rounds) sit beside the headline to keep rows dense
  const inline = cell.text !== null && cell.text.length <= INLINE_MAX && !cell.text.includes("\n") && !cell.label;
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <div className="flex min-w-0 flex-wrap items-center gap-1.5">
        <span className={cn("text-[10.5px] font-semibold tracking-wide", TONE[cell.tone])}>{cell.headline}</span>
        {cell.label && (
          <span
            className="rounded px-1 font-mono text-[11px] font-medium"
            style={labelColor ? { background: labelColor.soft, color: labelColor.fg } : undefined}
          >
            {cell.label}
          </span>
        )}
        {inline && <span className="min-w-0 text-[12px] text-foreground/85">{cell.text}</span>}
        {cell.labels && (
          <span className="min-w-0 font-mono text-[11px] break-all text-muted">[{cell.labels.join(", ")}]</span>
        )}
      </div>
      {cell.text && !inline && (
        <p className={cn("text-[12px] break-words whitespace-pre-wrap text-foreground/85", !expanded && "line-clamp-2")}>{cell.text}</p>
      )}
      {expanded && fullText !== null && (
        <div className="mt-1 max-h-96 overflow-auto rounded border border-border bg-surface p-2 text-[12px] break-words whitespace-pre-wrap">
          {fullText}
        </div>
      )}
      {expandable && (
        <button type="button" onClick={onToggle} className="self-start text-[11px] text-accent hover:underline">
          {expanded ? "Less" : fullText !== null ? "Full answer" : "More"}
        </button>
      )}
    </div>
  );
}
