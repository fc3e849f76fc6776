import { fmtOffset } from "@/lib/prepare/charts-format";
import type { TimelineMarker, TimelineView } from "@/lib/prepare/timeline-types";
import { Card, Chip, Note } from "./chip";

const W = 1140;
const LABEL_W = 120;
const LANE_H = 34;

function tooltip(m: { tooltip: { title: string; lines: { label: string; value: string }[] } }): string {
  return [m.tooltip.title, ...m.tooltip.lines.map((l) => `${l.label}: ${l.value}`)].join("\n");
}

function Marker({ m, x, y }: { m: TimelineMarker; x: number; y: number }) {
  // answers and votes are dots; enforcement retries and errors are diamonds, as in the app
  const shape = m.kind === "answer" || m.kind === "vote" ? <circle cx={x} cy={y} r={5} /> : <rect x={x - 4.5} y={y - 4.5} width={9} height={9} transform={`rotate(45 ${x} ${y})`} />;
  return (
    <g style={{ fill: m.color, stroke: "#fff", strokeWidth: 1.5 }}>
      {shape}
      <title>{tooltip(m)}</title>
    </g>
  );
}

/** Per-agent lanes of rounds and events over time, then the reliability summary (issue 4). */
export function Timeline({ view }: { view: TimelineView }) {
  const plot = W - LABEL_W - 16;
  const span = Math.max(view.span, 1e-9);
  const px = (t: number) => LABEL_W + (Math.min(Math.max(t, 0), span) / span) * plot;
  const height = view.lanes.length * LANE_H + 26;
  return (
    <Card id="timeline" title="Reliability timeline" note={view.span ? `${fmtOffset(view.span)} span` : null}>
      {view.roundsMissing ? <Note>{view.roundsMissing}</Note> : null}
      {view.lanes.length ? (
        <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label="Reliability timeline" data-testid="bundle-timeline">
          {[0, 0.25, 0.5, 0.75, 1].map((f) => (
            <g key={f}>
              <line x1={px(f * span)} x2={px(f * span)} y1={0} y2={height - 20} style={{ stroke: "#f4f4f5" }} />
              <text x={px(f * span)} y={height - 6} textAnchor={f === 0 ? "start" : f === 1 ? "end" : "middle"}>
                {fmtOffset(f * span)}
              </text>
            </g>
          ))}
          {view.lanes.map((l, i) => {
            const y = i * LANE_H + 4;
            return (
              <g key={l.agentId}>
                <rect x={LABEL_W} y={y} width={plot} height={LANE_H - 8} rx={4} style={{ fill: l.soft, opacity: 0.45 }} />
                <circle cx={8} cy={y + 13} r={4} style={{ fill: l.color }} />
                <text x={18} y={y + 17}>
                  {l.label}
                </text>
                {l.rounds.map((r) => (
                  <rect key={r.key} x={px(r.t0)} y={y + 5} width={Math.max(2, px(r.t1) - px(r.t0))} height={LANE_H - 18} rx={3} style={{ fill: r.fill, stroke: r.stroke }}>
                    <title>{tooltip(r)}</title>
                  </rect>
                ))}
                {l.markers.map((m) => (
                  <Marker key={m.key} m={m} x={px(m.t)} y={y + 13} />
                ))}
              </g>
            );
          })}
        </svg>
      ) : (
        <Note>No timed rounds or events to draw.</Note>
      )}
      <div className="legend">
        {[...view.outcomeLegend, ...view.reasonLegend].map((i) => (
          <span key={i.key} className="row" style={{ gap: 5 }}>
            <i className="dot" style={{ background: i.color }} />
            {i.label}
          </span>
        ))}
      </div>
      {view.undrawn ? <p className="muted small">{view.undrawn} facts had no timestamp: counted below, not drawn.</p> : null}
      <h3>Reliability</h3>
      {view.reliabilityMissing ? <Note>{view.reliabilityMissing.message}</Note> : null}
      <table>
        <thead>
          <tr>
            <th>Agent</th>
            <th className="num">Enforcement retries</th>
            <th className="num">Characters lost</th>
            <th>Reasons</th>
          </tr>
        </thead>
        <tbody>
          {view.summary.map((r) => (
            <tr key={r.agentId}>
              <td>
                <Chip text={r.agentId} color={{ solid: r.color, fg: "var(--fg)", soft: "var(--surface-2)" }} />
              </td>
              <td className="num">{r.retries ?? "—"}</td>
              <td className="num">{r.charsLost?.toLocaleString("en-US") ?? "—"}</td>
              <td className="small">{r.reasons.map((x) => `${x.label} ×${x.count}`).join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
