/** A step line over time (cumulative cost), inline SVG like svg-bars.tsx. */
export function StepLine({
  points,
  title,
  formatX,
  formatY,
  color,
}: {
  points: { x: number; y: number; label: string }[];
  title: string;
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  color: string;
}) {
  const W = 560;
  const H = 200;
  const left = 56;
  const bottom = 22;
  const plotW = W - left - 12;
  const plotH = H - bottom - 8;
  const maxX = Math.max(1e-9, ...points.map((p) => p.x));
  const maxY = Math.max(1e-9, ...points.map((p) => p.y));
  const px = (x: number) => left + (x / maxX) * plotW;
  const py = (y: number) => 8 + plotH - (y / maxY) * plotH;
  // horizontal then vertical: cost is flat between the steps that add to it
  const d = points.reduce((acc, p, i) => {
    const prev = points[i - 1];
    return acc + (prev ? ` H${px(p.x).toFixed(1)} V${py(p.y).toFixed(1)}` : `M${px(p.x).toFixed(1)} ${py(p.y).toFixed(1)}`);
  }, "");
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={title} data-testid="bundle-chart">
      {[0, maxY / 2, maxY].map((t) => (
        <g key={t}>
          <line x1={left} x2={W - 12} y1={py(t)} y2={py(t)} style={{ stroke: "#e4e4e7" }} />
          <text x={left - 6} y={py(t) + 4} textAnchor="end">
            {formatY(t)}
          </text>
        </g>
      ))}
      {[0, maxX / 2, maxX].map((t, i) => (
        // the first and last tick align inward so their labels stay inside the chart
        <text key={t} x={px(t)} y={H - 6} textAnchor={i === 0 ? "start" : i === 2 ? "end" : "middle"}>
          {formatX(t)}
        </text>
      ))}
      <path d={d} fill="none" style={{ stroke: color }} strokeWidth={2} />
      {points.map((p, i) => (
        <circle key={i} cx={px(p.x)} cy={py(p.y)} r={3} style={{ fill: color }}>
          <title>{`${p.label}: ${formatY(p.y)} at ${formatX(p.x)}`}</title>
        </circle>
      ))}
    </svg>
  );
}
