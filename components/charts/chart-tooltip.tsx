/**
 * Tooltip body shared by the charts: a title and label/value rows with a
 * colour swatch. Values arrive formatted; recharts only decides when to show it.
 */
export interface TooltipRow {
  key: string;
  label: string;
  value: string;
  color?: string;
}

export function ChartTooltipBox({ title, rows, footer }: { title: string; rows: TooltipRow[]; footer?: string }) {
  return (
    <div className="max-w-[320px] rounded-md border border-border bg-background px-2.5 py-2 text-[11px] shadow-md">
      <div className="mb-1 font-semibold">{title}</div>
      <table className="w-full tabular-nums">
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td className="pr-3 text-muted">
                {r.color && <span aria-hidden className="mr-1.5 inline-block size-2 rounded-sm align-middle" style={{ background: r.color }} />}
                {r.label}
              </td>
              <td className="text-right font-medium">{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {footer && <div className="mt-1 text-muted">{footer}</div>}
    </div>
  );
}
