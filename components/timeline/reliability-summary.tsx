import { NullValue } from "@/components/ui/null-value";
import { formatTokens } from "@/lib/prepare/format";
import type { ReliabilitySummaryRow } from "@/lib/prepare/timeline-types";

/** Per agent: total retries, buffer chars lost, and the reasons with their counts. */
export function ReliabilitySummary({ rows, highlight, onHoverAgent }: { rows: ReliabilitySummaryRow[]; highlight: string | null; onHoverAgent: (id: string | null) => void }) {
  return (
    <table className="w-full text-[12px] tabular-nums" data-testid="reliability-summary">
      <thead className="text-left text-[11px] text-muted">
        <tr>
          <th className="py-1 font-medium">Agent</th>
          <th className="py-1 text-right font-medium">Retries</th>
          <th className="py-1 text-right font-medium">Chars lost</th>
          <th className="py-1 pl-3 font-medium">Reasons</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr
            key={r.agentId}
            data-agent={r.agentId}
            className={highlight === r.agentId ? "border-t border-border bg-surface-2" : "border-t border-border"}
            onMouseEnter={() => onHoverAgent(r.agentId)}
            onMouseLeave={() => onHoverAgent(null)}
          >
            <td className="max-w-[140px] truncate py-1" title={r.agentId}>
              <span aria-hidden className="mr-1.5 inline-block size-2 rounded-full" style={{ background: r.color }} />
              {r.agentId}
            </td>
            <td className="py-1 text-right">
              <NullValue value={r.retries === null ? null : String(r.retries)} />
            </td>
            <td className="py-1 text-right">
              <NullValue value={r.charsLost === null ? null : formatTokens(r.charsLost)} title={r.charsLost === null ? undefined : `${r.charsLost} chars`} />
            </td>
            <td className="py-1 pl-3">
              <span className="flex flex-wrap gap-1">
                {r.reasons.map((x) => (
                  <span key={x.reason} data-reason={x.reason} className="inline-flex items-center gap-1 rounded bg-surface-2 px-1.5 text-[11px]">
                    <span aria-hidden style={{ color: x.color }}>▼</span>
                    {x.label}
                    <span className="font-semibold">{x.count}</span>
                  </span>
                ))}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
