/**
 * Chart primitives drawn as plain inline SVG from prepared series: a bundle
 * has no client JS, and fixed geometry keeps the picture identical in every
 * browser and in print. Values are already summed (lib/prepare/charts*.ts).
 */
export interface Segment {
  value: number;
  color: string;
  name: string;
}

export interface HBarRow {
  label: string;
  color: string;
  segments: Segment[];
  /** the formatted total printed after the bar */
  total: string;
}

const W = 560;
const LABEL_W = 110;
const VALUE_W = 70;

/** One horizontal (optionally stacked) bar per row. */
export function HBars({ rows, title }: { rows: HBarRow[]; title: string }) {
  const max = Math.max(0, ...rows.map((r) => r.segments.reduce((s, x) => s + x.value, 0)));
  const rowH = 28;
  const plot = W - LABEL_W - VALUE_W;
  return (
    <svg viewBox={`0 0 ${W} ${rows.length * rowH + 8}`} width="100%" role="img" aria-label={title} data-testid="bundle-chart">
      {rows.map((r, i) => {
        let x = LABEL_W;
        const y = i * rowH + 6;
        return (
          <g key={r.label}>
            <circle cx={8} cy={y + 9} r={4} style={{ fill: r.color }} />
            <text x={18} y={y + 13}>
              {r.label}
            </text>
            {r.segments.map((s) => {
              const w = max > 0 ? (s.value / max) * plot : 0;
              const rect = <rect key={s.name} x={x} y={y} width={Math.max(0, w)} height={18} rx={3} style={{ fill: s.color }}><title>{`${r.label} · ${s.name}: ${s.value.toLocaleString("en-US")}`}</title></rect>;
              x += w;
              return rect;
            })}
            <text x={x + 6} y={y + 13} style={{ fill: "#3f3f46" }}>
              {r.total}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface GroupBucket {
  label: string;
  bars: { key: string; value: number | null; color: string; title: string }[];
}

/** Vertical bars grouped per bucket (e.g. one group per round, one bar per agent). */
export function GroupedBars({ buckets, title, format }: { buckets: GroupBucket[]; title: string; format: (v: number) => string }) {
  const H = 200;
  const left = 56;
  const bottom = 22;
  const max = Math.max(0, ...buckets.flatMap((b) => b.bars.map((x) => x.value ?? 0)));
  const groupW = (W - left) / Math.max(1, buckets.length);
  const plotH = H - bottom - 8;
  const ticks = max > 0 ? [0, max / 2, max] : [0];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={title} data-testid="bundle-chart">
      {ticks.map((t) => {
        const y = 8 + plotH - (max > 0 ? (t / max) * plotH : 0);
        return (
          <g key={t}>
            <line x1={left} x2={W} y1={y} y2={y} style={{ stroke: "#e4e4e7" }} />
            <text x={left - 6} y={y + 4} textAnchor="end">
              {format(t)}
            </text>
          </g>
        );
      })}
      {buckets.map((b, gi) => {
        const barW = Math.min(22, (groupW - 10) / Math.max(1, b.bars.length));
        const x0 = left + gi * groupW + (groupW - barW * b.bars.length) / 2;
        return (
          <g key={b.label}>
            {b.bars.map((bar, i) => {
              const h = max > 0 && bar.value !== null ? (bar.value / max) * plotH : 0;
              return (
                <rect key={bar.key} x={x0 + i * barW} y={8 + plotH - h} width={barW - 2} height={h} rx={2} style={{ fill: bar.color }}>
                  <title>{bar.title}</title>
                </rect>
              );
            })}
            <text x={left + gi * groupW + groupW / 2} y={H - 6} textAnchor="middle">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
