import { DASH, NOT_RECORDED } from "@/lib/prepare/format";

/** A formatted value, or "—" explaining that MassGen did not record it (never 0). */
export function NullValue({ value, title, className }: { value: string | null; title?: string; className?: string }) {
  if (value === null) {
    return (
      <span className="text-subtle" title={NOT_RECORDED} aria-label={NOT_RECORDED}>
        {DASH}
      </span>
    );
  }
  return (
    <span className={className} title={title}>
      {value}
    </span>
  );
}
