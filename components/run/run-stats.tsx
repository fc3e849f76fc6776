import type { RunStat } from "@/lib/prepare/run-page";
import { NullValue } from "@/components/ui/null-value";

/** The run's key numbers as a compact strip of label/value pairs. */
export function RunStats({ stats }: { stats: RunStat[] }) {
  return (
    <dl className="grid grid-cols-3 overflow-hidden rounded-lg border border-border bg-surface sm:grid-cols-[1.6fr_repeat(5,minmax(0,1fr))]">
      {stats.map((s) => (
        <div key={s.label} className="flex flex-col gap-0.5 border-border px-4 py-2.5 not-first:border-l">
          <dt className="text-[11px] font-medium tracking-wide text-muted uppercase">{s.label}</dt>
          <dd className="text-[15px] font-semibold whitespace-nowrap tabular-nums">
            <NullValue value={s.value} title={s.title} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
