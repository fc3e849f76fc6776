import type { HeatmapCell, ReliabilityHeatmap as Heatmap } from "@/lib/prepare/timeline-types";
import { reasonLabel } from "@/lib/prepare/timeline-palette";

/** Agents × rounds, shade = enforcement retries; a hot cell links to that agent's round. */
export function ReliabilityHeatmap({
  heatmap,
  highlight,
  onHoverAgent,
  onCellSelect,
}: {
  heatmap: Heatmap;
  highlight: string | null;
  onHoverAgent: (id: string | null) => void;
  onCellSelect?: (target: HeatmapCell["target"]) => void;
}) {
  return (
    <div className="overflow-x-auto" data-testid="reliability-heatmap">
      <table className="border-separate border-spacing-0.5 text-[10px] tabular-nums">
        <thead>
          <tr>
            <th className="pr-2 text-left text-[11px] font-medium text-muted">Round</th>
            {heatmap.rounds.map((r) => (
              <th key={r} className="w-5 font-normal text-muted">
                {r}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.agentId} data-agent={row.agentId} style={{ opacity: highlight && highlight !== row.agentId ? 0.4 : 1 }} onMouseEnter={() => onHoverAgent(row.agentId)} onMouseLeave={() => onHoverAgent(null)}>
              <th className="max-w-[130px] truncate pr-2 text-left text-[11px] font-medium" title={row.agentId}>
                <span aria-hidden className="mr-1.5 inline-block size-2 rounded-full" style={{ background: row.color }} />
                {row.agentId}
              </th>
              {row.cells.map((c) => (
                <td key={c.round} className="p-0">
                  <Cell cell={c} max={heatmap.max} onSelect={onCellSelect} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Cell({ cell, max, onSelect }: { cell: HeatmapCell; max: number; onSelect?: (t: HeatmapCell["target"]) => void }) {
  const title = cell.count ? `${cell.target.agentId}, round ${cell.round}: ${cell.count} retr${cell.count === 1 ? "y" : "ies"} (${cell.reasons.map(reasonLabel).join(", ")})` : `${cell.target.agentId}, round ${cell.round}: no retries`;
  const style = { background: cell.count ? `rgba(220, 38, 38, ${0.2 + 0.8 * (cell.count / Math.max(1, max))})` : "var(--surface-2)" };
  const common = {
    "data-testid": "heatmap-cell",
    "data-agent": cell.target.agentId,
    "data-round": cell.round,
    "data-count": cell.count,
    title,
    "aria-label": title,
    style,
    className: "flex size-5 items-center justify-center rounded-sm font-semibold text-white",
  };
  if (!cell.count) return <span {...common} />;
  if (cell.href) return <a {...common} href={cell.href}>{cell.count}</a>;
  return (
    <button type="button" {...common} onClick={() => onSelect?.(cell.target)}>
      {cell.count}
    </button>
  );
}
