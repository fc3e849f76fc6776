import type { VoteFlow } from "@/lib/prepare/votes-types";

/**
 * Round-by-round support per agent, ending at the winner. Dashed links mark a
 * switch to another answer; hollow nodes are ignored votes. Text in <text>
 * and <title> is inert (React escapes it).
 */
export function VoteFlowChart({ flow }: { flow: VoteFlow }) {
  return (
    <div className="overflow-x-auto" data-testid="vote-flow">
      <svg width={flow.width} height={flow.height} viewBox={`0 0 ${flow.width} ${flow.height}`} role="img" aria-label="Vote flow by round" className="block">
        {flow.columns.map((c) => (
          <text key={c.title} x={c.x} y={14} textAnchor="middle" className="fill-muted text-[11px] font-medium">
            {c.title}
          </text>
        ))}
        {flow.lanes.map((l) => (
          <g key={l.agentId}>
            <line x1={0} x2={flow.width} y1={l.y} y2={l.y} stroke="var(--border)" strokeDasharray="2 4" />
            <circle cx={8} cy={l.y} r={4} fill={l.color.solid} />
            <text x={18} y={l.y + 4} className="text-[11px] font-medium" fill={l.color.fg}>
              {l.agentId.length > 16 ? `${l.agentId.slice(0, 15)}…` : l.agentId}
              <title>{l.agentId}</title>
            </text>
          </g>
        ))}
        {flow.links.map((k) => (
          <path
            key={k.id}
            d={k.d}
            fill="none"
            stroke={k.color?.solid ?? "var(--muted)"}
            strokeOpacity={0.7}
            strokeWidth={k.switched ? 2 : 1.5}
            strokeDasharray={k.switched ? "5 3" : undefined}
            data-switched={k.switched || undefined}
          />
        ))}
        {flow.nodes.map((n) => {
          const hollow = n.kind === "ignored";
          const winner = n.kind === "winner";
          return (
            <g key={n.id} data-kind={n.kind}>
              <title>{n.title}</title>
              <rect
                x={n.x}
                y={n.y}
                width={n.w}
                height={n.h}
                rx={winner ? 11 : 4}
                fill={hollow ? "var(--background)" : (n.color?.soft ?? "var(--surface-2)")}
                stroke={n.color?.solid ?? "var(--border-strong)"}
                strokeWidth={winner ? 2 : 1}
                strokeDasharray={hollow ? "3 2" : undefined}
              />
              <text x={n.x + n.w / 2} y={n.y + n.h / 2 + 4} textAnchor="middle" className="font-mono text-[11px]" fill={n.color?.fg ?? "var(--foreground)"}>
                {n.kind === "answer" ? `✎ ${n.label}` : n.label}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="mt-1 text-[11px] text-subtle">✎ published its own answer · box = voted for · dashed box = ignored vote · dashed line = switched answer</p>
    </div>
  );
}
