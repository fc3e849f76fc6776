"use client";

import { useState } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { fmtMoney, fmtMs, fmtTokens } from "@/lib/prepare/charts-format";
import type { ChartAgent, RoundBucket } from "@/lib/prepare/charts-types";
import { ChartTooltipBox } from "./chart-tooltip";
import { MetricToggle } from "./metric-toggle";
import { SeriesLegend } from "./series-legend";

/**
 * Per round number: cost and tokens stack across agents (they add up);
 * duration, API time and TTFT are per-agent lines (they do not).
 */
const METRICS = {
  costUsd: { label: "Cost", unit: "USD", fmt: fmtMoney, stacked: true },
  tokens: { label: "Tokens", unit: "tokens (in + out)", fmt: fmtTokens, stacked: true },
  durationMs: { label: "Duration", unit: "wall time", fmt: fmtMs, stacked: false },
  apiTimeMs: { label: "API time", unit: "LLM time", fmt: fmtMs, stacked: false },
  avgTtftMs: { label: "TTFT", unit: "avg time to first token", fmt: fmtMs, stacked: false },
} as const;
type Metric = keyof typeof METRICS;

export function RoundsChart({ buckets, agents, hasDetail }: { buckets: RoundBucket[]; agents: ChartAgent[]; hasDetail: boolean }) {
  const [metric, setMetric] = useState<Metric>("costUsd");
  const m = METRICS[metric];
  const value = (id: string) => (b: RoundBucket) => b[metric][id] ?? null;
  const options = (Object.keys(METRICS) as Metric[]).map((k) => ({
    key: k,
    label: METRICS[k].label,
    disabled: !hasDetail && (k === "apiTimeMs" || k === "avgTtftMs"),
  }));
  return (
    <div className="flex flex-col gap-3" data-metric={metric}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <MetricToggle options={options} value={metric} onChange={setMetric} label="Round metric" />
        <SeriesLegend items={agents.map((a) => ({ key: a.id, label: a.label, color: a.color }))} />
      </div>
      <div className="h-[260px]">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={buckets} margin={{ top: 4, right: 8, bottom: 14, left: 4 }} barCategoryGap="18%">
            <CartesianGrid vertical={false} stroke="var(--border)" />
            <XAxis
              dataKey="label"
              tick={{ fontSize: 11 }}
              interval="preserveStartEnd"
              minTickGap={8}
              label={{ value: "round", position: "insideBottomRight", offset: -8, fontSize: 11, fill: "var(--muted)" }}
            />
            <YAxis
              tickFormatter={m.fmt}
              tick={{ fontSize: 11 }}
              width={56}
              label={{ value: m.unit, angle: -90, position: "insideLeft", offset: 8, fontSize: 11, fill: "var(--muted)", dy: 40 }}
            />
            <Tooltip
              cursor={{ fill: "var(--surface-2)" }}
              isAnimationActive={false}
              content={({ active, payload }) => {
                const b = payload?.[0]?.payload as RoundBucket | undefined;
                if (!active || !b) return null;
                const rows = agents
                  .filter((a) => a.id in b.kinds)
                  .map((a) => ({ key: a.id, label: `${a.label} · ${b.kinds[a.id] ?? ""}`, value: m.fmt(b[metric][a.id]), color: a.color }));
                return <ChartTooltipBox title={`Round ${b.round} · ${m.label}`} rows={rows} />;
              }}
            />
            {agents.map((a) =>
              m.stacked ? (
                <Bar key={a.id} dataKey={value(a.id)} name={a.label} stackId="r" fill={a.color} isAnimationActive={false} />
              ) : (
                <Line key={a.id} dataKey={value(a.id)} name={a.label} stroke={a.color} strokeWidth={1.5} dot={{ r: 2 }} connectNulls={false} isAnimationActive={false} />
              ),
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
