import { fmtMoney, fmtOffset, fmtTokens } from "@/lib/prepare/charts-format";
import type { ChartsView } from "@/lib/prepare/charts-types";
import { Card, Note } from "./chip";
import { GroupedBars, HBars } from "./svg-bars";
import { StepLine } from "./svg-line";

/** The app's token ramp (components/charts/tokens-chart.tsx), so both pictures read the same. */
const PARTS = [
  { key: "uncachedInput", name: "Input (uncached)", color: "#64748b" },
  { key: "cachedInput", name: "Cached input", color: "#cbd5e1" },
  { key: "output", name: "Output", color: "#4f46e5" },
  { key: "reasoning", name: "Reasoning", color: "#a5b4fc" },
] as const;

function Legend({ items }: { items: { name: string; color: string }[] }) {
  return (
    <div className="legend">
      {items.map((i) => (
        <span key={i.name} className="row" style={{ gap: 5 }}>
          <i className="dot" style={{ background: i.color }} />
          {i.name}
        </span>
      ))}
    </div>
  );
}

/** Tokens and cost per agent, cost per round, cumulative cost (issue 4 "Tokens and cost"). */
export function Charts({ view }: { view: ChartsView }) {
  if (view.missing) {
    return (
      <Card id="charts" title="Charts">
        <Note>{view.missing.message}</Note>
      </Card>
    );
  }
  const t = view.totals;
  const agentLegend = view.agents.map((a) => ({ name: a.label, color: a.color }));
  return (
    <Card id="charts" title="Charts" note={`total ${fmtMoney(t.costUsd)} · ${fmtTokens(t.inputTokens)} in · ${fmtTokens(t.outputTokens)} out`}>
      <div className="grid2">
        <figure>
          <figcaption>Tokens per agent</figcaption>
          <HBars
            title="Tokens per agent"
            rows={view.tokens.map((r) => ({
              label: r.label,
              color: r.color,
              segments: PARTS.map((p) => ({ name: p.name, color: p.color, value: r[p.key] ?? 0 })),
              total: fmtTokens((r.inputTokens ?? 0) + (r.outputTokens ?? 0)),
            }))}
          />
          <Legend items={[...PARTS]} />
        </figure>
        <figure>
          <figcaption>Cost per agent</figcaption>
          <HBars
            title="Cost per agent"
            rows={view.tokens.map((r) => ({ label: r.label, color: r.color, segments: [{ name: "cost", color: r.color, value: r.costUsd ?? 0 }], total: fmtMoney(r.costUsd) }))}
          />
        </figure>
        <figure>
          <figcaption>Cost per round</figcaption>
          {view.roundBuckets.length ? (
            <GroupedBars
              title="Cost per round"
              format={fmtMoney}
              buckets={view.roundBuckets.map((b) => ({
                label: b.label,
                bars: view.agents.map((a) => ({ key: a.id, value: b.costUsd[a.id] ?? null, color: a.color, title: `${a.label} ${b.label}: ${fmtMoney(b.costUsd[a.id])}` })),
              }))}
            />
          ) : (
            <Note>No per-round usage recorded.</Note>
          )}
          <Legend items={agentLegend} />
        </figure>
        <figure>
          <figcaption>Cumulative cost</figcaption>
          {view.cumulative.length ? (
            <StepLine title="Cumulative cost" color="#4f46e5" formatX={fmtOffset} formatY={fmtMoney} points={view.cumulative.map((p) => ({ x: p.t, y: p.costUsd, label: p.label }))} />
          ) : (
            <Note>No timed cost steps recorded.</Note>
          )}
        </figure>
      </div>
    </Card>
  );
}
