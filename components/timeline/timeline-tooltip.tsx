import type { TimelineTooltip as Tip } from "@/lib/prepare/timeline-types";
import { fmtOffset } from "@/lib/prepare/charts-format";

export interface HoverTip {
  x: number;
  y: number;
  agentId: string | null;
  t: number;
  tip: Tip;
}

/** Floating card for the hovered bar or marker; its text is untrusted and rendered as text. */
export function TimelineTooltip({ hover, width }: { hover: HoverTip; width: number }) {
  const left = Math.min(hover.x + 12, Math.max(0, width - 300));
  return (
    <div
      role="tooltip"
      data-testid="timeline-tooltip"
      className="pointer-events-none absolute z-10 w-[288px] rounded-md border border-border bg-background px-2.5 py-2 text-[11px] shadow-md"
      style={{ left, top: hover.y + 14 }}
    >
      <div className="font-semibold">{hover.tip.title}</div>
      <div className="mb-1 text-muted">
        {hover.agentId ?? "run"} · {fmtOffset(hover.t)}
      </div>
      {hover.tip.lines.length > 0 && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 tabular-nums">
          {hover.tip.lines.map((l) => (
            <div key={l.label} className="contents">
              <dt className="text-muted">{l.label}</dt>
              <dd className="break-words">{l.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {hover.tip.preview && (
        <blockquote className="mt-1.5 line-clamp-4 border-l-2 border-border-strong pl-2 whitespace-pre-wrap text-muted">{hover.tip.preview}</blockquote>
      )}
    </div>
  );
}
