import { NullValue } from "@/components/ui/null-value";
import { fmtMs, fmtPct } from "@/lib/prepare/charts-format";
import type { ChartsTotals } from "@/lib/prepare/charts-types";
import { formatMoney, formatTokens } from "@/lib/prepare/format";

/** The headline numbers: exactly the run's recorded totals (status.json / metrics_summary.json). */
export function ChartsSummary({ totals }: { totals: ChartsTotals }) {
  const stats: { key: string; label: string; value: string | null; title?: string }[] = [
    { key: "cost", label: "Total cost", value: formatMoney(totals.costUsd), title: totals.costUsd === null ? undefined : `$${totals.costUsd.toFixed(6)}` },
    { key: "in", label: "Input tokens", value: formatTokens(totals.inputTokens) },
    { key: "out", label: "Output tokens", value: formatTokens(totals.outputTokens) },
    { key: "cache", label: "Cache hit rate", value: totals.cacheHitRate === null ? null : fmtPct(totals.cacheHitRate) },
    { key: "rounds", label: "Rounds", value: totals.rounds === null ? null : String(totals.rounds) },
    { key: "api", label: "API time", value: totals.apiTimeMs === null ? null : fmtMs(totals.apiTimeMs) },
    { key: "ttft", label: "Avg TTFT", value: totals.avgTtftMs === null ? null : fmtMs(totals.avgTtftMs) },
  ];
  return (
    <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-lg border border-border bg-border sm:grid-cols-4 lg:grid-cols-7" data-testid="charts-summary">
      {stats.map((s) => (
        <div key={s.key} className="bg-background px-3 py-2" data-stat={s.key}>
          <dt className="text-[11px] text-muted">{s.label}</dt>
          <dd className="text-[15px] font-semibold tabular-nums">
            <NullValue value={s.value} title={s.title} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
