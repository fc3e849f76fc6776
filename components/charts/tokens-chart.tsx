"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { fmtMoney, fmtPct, fmtTokens } from "@/lib/prepare/charts-format";
import type { TokensRow } from "@/lib/prepare/charts-types";
import { ChartTooltipBox } from "./chart-tooltip";
import { SeriesLegend } from "./series-legend";

/** Token parts stack to input + output (see charts-tokens.ts); one neutral ramp, agents by name. */
const PARTS = [
  { key: "uncachedInput", label: "Input (uncached)", color: "#64748b" },
  { key: "cachedInput", label: "Cached input", color: "#cbd5e1" },
  { key: "output", label: "Output", color: "#4f46e5" },
  { key: "reasoning", label: "Reasoning", color: "#a5b4fc" },
] as const;

export function TokensChart({ rows }: { rows: TokensRow[] }) {
  const height = Math.max(180, rows.length * 26 + 50);
  return (
    <div className="flex flex-col gap-3">
      <SeriesLegend items={PARTS.map((p) => ({ key: p.key, label: p.label, color: p.color }))} />
      <div style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 14, left: 0 }} barCategoryGap={5}>
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis
              type="number"
              tickFormatter={fmtTokens}
              tick={{ fontSize: 11 }}
              label={{ value: "tokens", position: "insideBottomRight", offset: -8, fontSize: 11, fill: "var(--muted)" }}
            />
            <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 11 }} interval={0} />
            <Tooltip
              cursor={{ fill: "var(--surface-2)" }}
              isAnimationActive={false}
              content={({ active, payload }) => {
                const row = payload?.[0]?.payload as TokensRow | undefined;
                if (!active || !row) return null;
                return (
                  <ChartTooltipBox
                    title={row.agentId}
                    rows={[
                      ...PARTS.map((p) => ({ key: p.key, label: p.label, value: fmtTokens(row[p.key]), color: p.color })),
                      { key: "cost", label: "Cost", value: fmtMoney(row.costUsd) },
                      { key: "hit", label: "Cache hit rate", value: fmtPct(row.cacheHitRate) },
                    ]}
                  />
                );
              }}
            />
            {PARTS.map((p) => (
              <Bar key={p.key} dataKey={p.key} name={p.label} stackId="t" fill={p.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
