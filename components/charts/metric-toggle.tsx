import { cn } from "@/components/ui/cn";

/** A segmented control; disabled options explain themselves in their title. */
export function MetricToggle<K extends string>({
  options,
  value,
  onChange,
  label,
}: {
  options: { key: K; label: string; disabled?: boolean }[];
  value: K;
  onChange: (k: K) => void;
  label: string;
}) {
  return (
    <div role="radiogroup" aria-label={label} className="inline-flex rounded-md border border-border p-0.5 text-[11px]">
      {options.map((o) => (
        <button
          key={o.key}
          type="button"
          role="radio"
          aria-checked={o.key === value}
          disabled={o.disabled}
          title={o.disabled ? "Needs metrics_summary/metrics_events detail, which was not loaded" : undefined}
          onClick={() => onChange(o.key)}
          className={cn(
            "rounded px-2 py-0.5 font-medium",
            o.key === value ? "bg-surface-2 text-foreground" : "text-muted hover:text-foreground",
            o.disabled && "cursor-not-allowed opacity-40 hover:text-muted",
          )}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
