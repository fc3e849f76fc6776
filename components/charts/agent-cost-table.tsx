import { NullValue } from "@/components/ui/null-value";
import { fmtPct } from "@/lib/prepare/charts-format";
import type { ChartsTotals, TokensRow } from "@/lib/prepare/charts-types";
import { formatMoney, formatTokens } from "@/lib/prepare/format";

/** Cost and cache hit rate per agent, beside the token stack (exact values, not bar lengths). */
export function AgentCostTable({ rows, totals }: { rows: TokensRow[]; totals: ChartsTotals }) {
  const sub = totals.subagentCostUsd;
  return (
    <table className="w-full text-[12px] tabular-nums" data-testid="agent-cost-table">
      <thead className="text-left text-[11px] text-muted">
        <tr>
          <th className="py-1 font-medium">Agent</th>
          <th className="py-1 text-right font-medium">Cost (USD)</th>
          <th className="py-1 text-right font-medium">Tokens</th>
          <th className="py-1 text-right font-medium">Cache hit</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.agentId} className="border-t border-border" data-agent={r.agentId}>
            <td className="max-w-[140px] truncate py-1" title={r.agentId}>
              <span aria-hidden className="mr-1.5 inline-block size-2 rounded-full" style={{ background: r.color }} />
              {r.label}
            </td>
            <td className="py-1 text-right">
              <NullValue value={formatMoney(r.costUsd)} title={r.costUsd === null ? undefined : `$${r.costUsd.toFixed(6)}`} />
            </td>
            <td className="py-1 text-right">
              <NullValue value={formatTokens(r.inputTokens === null && r.outputTokens === null ? null : (r.inputTokens ?? 0) + (r.outputTokens ?? 0))} />
            </td>
            <td className="py-1 text-right">
              <NullValue value={r.cacheHitRate === null ? null : fmtPct(r.cacheHitRate)} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {sub !== null && sub > 0 && (
          <>
            <TotalRow label="Agents" usd={totals.agentCostUsd} />
            <TotalRow label="Subagents" usd={sub} />
          </>
        )}
        <TotalRow label="Run total" usd={totals.costUsd} testId="cost-total" strong />
      </tfoot>
    </table>
  );
}

function TotalRow({ label, usd, testId, strong }: { label: string; usd: number | null; testId?: string; strong?: boolean }) {
  return (
    <tr className={strong ? "border-t border-border-strong font-semibold" : "border-t border-border text-muted"}>
      <td className="py-1">{label}</td>
      <td className="py-1 text-right" data-testid={testId}>
        <NullValue value={formatMoney(usd)} title={usd === null ? undefined : `$${usd.toFixed(6)}`} />
      </td>
      <td colSpan={2} />
    </tr>
  );
}
