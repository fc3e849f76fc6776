import type { TallyBar } from "@/lib/prepare/votes-types";

/** Horizontal bars, one per answer label, longest = most votes. */
export function TallyBars({ bars, caption }: { bars: TallyBar[]; caption: string }) {
  if (!bars.length) return <p className="text-[12px] text-subtle">No counted votes.</p>;
  return (
    <ul data-testid="vote-tally" aria-label={caption} className="flex flex-col gap-1">
      {bars.map((b) => (
        <li key={b.label} className="grid grid-cols-[88px_1fr_28px] items-center gap-2 text-[12px]" data-label={b.label}>
          <span className="truncate font-mono" style={{ color: b.color?.fg }} title={b.agentId ?? b.label}>
            {b.label}
          </span>
          <span className="h-2.5 overflow-hidden rounded-sm bg-surface-2">
            <span className="block h-full rounded-sm" style={{ width: `${Math.round(b.share * 100)}%`, background: b.color?.solid ?? "var(--muted)" }} />
          </span>
          <span className="text-right font-medium tabular-nums">
            {b.count}
            {b.isWinner && (
              <span className="sr-only"> (winner)</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
