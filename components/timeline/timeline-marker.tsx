import type { TimelineMarker as Marker } from "@/lib/prepare/timeline-types";

/**
 * One marker, its shape telling the kind: answer ●, vote ◆, enforcement ▼
 * (coloured by reason code), error/timeout ✕. Drawn centred on (x, y).
 */
export function TimelineMarkerShape({ m, x, y, showLabel, onHover }: { m: Marker; x: number; y: number; showLabel: boolean; onHover: (m: Marker | null, e?: React.MouseEvent) => void }) {
  return (
    <g
      data-testid="timeline-marker"
      data-kind={m.kind}
      data-reason={m.reason ?? undefined}
      transform={`translate(${x},${y})`}
      onMouseEnter={(e) => onHover(m, e)}
      onMouseMove={(e) => onHover(m, e)}
      onMouseLeave={() => onHover(null)}
      className="cursor-default"
    >
      <circle r={8} fill="transparent" />
      {shape(m)}
      {showLabel && m.label && (
        <text y={-8} textAnchor="middle" className="text-[10px] font-medium" fill={m.color} stroke="var(--background)" strokeWidth={3} paintOrder="stroke">
          {m.label}
        </text>
      )}
    </g>
  );
}

function shape(m: Marker) {
  switch (m.kind) {
    case "answer":
      return <circle r={4} fill={m.color} stroke="var(--background)" strokeWidth={1.5} />;
    case "vote":
      return <rect x={-3.5} y={-3.5} width={7} height={7} transform="rotate(45)" fill={m.color} stroke="var(--background)" strokeWidth={1.5} />;
    case "enforcement":
      return <path d="M-4.5,-4 L4.5,-4 L0,4 Z" fill={m.color} stroke="var(--background)" strokeWidth={1} />;
    case "error":
      return <path d="M-4,-4 L4,4 M4,-4 L-4,4" stroke={m.color} strokeWidth={2.5} strokeLinecap="round" />;
  }
}
