import type { LegendItem } from "@/lib/prepare/timeline-types";
import { ANSWER_COLOR, ERROR_COLOR, VOTE_COLOR } from "@/lib/prepare/timeline-palette";

/** What the shapes and colours mean: round outcomes, marker kinds, enforcement reasons present. */
export function TimelineLegend({ outcomes, reasons }: { outcomes: LegendItem[]; reasons: LegendItem[] }) {
  return (
    <div className="flex flex-col gap-1.5 text-[11px] text-muted" aria-label="Timeline legend">
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1">
        {outcomes.map((o) => (
          <li key={o.key} className="inline-flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2.5 w-4 rounded-sm border" style={{ borderColor: o.color, background: `color-mix(in srgb, ${o.color} 20%, transparent)` }} />
            {o.label}
          </li>
        ))}
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block size-2 rounded-full" style={{ background: ANSWER_COLOR }} />
          answer
        </li>
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block size-2 rotate-45" style={{ background: VOTE_COLOR }} />
          vote
        </li>
        <li className="inline-flex items-center gap-1.5">
          <span aria-hidden style={{ color: ERROR_COLOR }}>✕</span>
          error / timeout
        </li>
      </ul>
      {reasons.length > 0 && (
        <ul className="flex flex-wrap items-center gap-x-3 gap-y-1" aria-label="Enforcement reasons">
          <li className="font-medium text-foreground">▼ enforcement:</li>
          {reasons.map((r) => (
            <li key={r.key} className="inline-flex items-center gap-1" data-reason={r.key}>
              <span aria-hidden style={{ color: r.color }}>▼</span>
              {r.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
