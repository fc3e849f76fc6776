import type { MetricsMissing as Missing } from "@/lib/prepare/charts-types";

/** Said instead of drawing: a version without metrics must never look like a free run. */
export function MetricsMissing({ missing }: { missing: Missing }) {
  return (
    <div data-testid="metrics-missing" data-kind={missing.kind} className="rounded-lg border border-dashed border-border-strong bg-surface px-4 py-6 text-center">
      <p className="text-[13px] font-medium">No token or cost metrics</p>
      <p className="mt-1 text-[12px] text-muted">{missing.message}</p>
    </div>
  );
}
