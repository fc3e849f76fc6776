"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { fmtMs } from "@/lib/prepare/charts-format";
import type { ToolRow } from "@/lib/prepare/charts-types";
import { ChartTooltipBox } from "./chart-tooltip";
import { SeriesLegend } from "./series-legend";

const MAX_TOOLS = 15;
const OK = "#94a3b8";
const FAILED = "#dc2626";

/** Calls per tool (the busiest 15), failures in red; exact numbers are in the table below. */
export function ToolsChart({ rows }: { rows: ToolRow[] }) {
  const shown = rows.slice(0, MAX_TOOLS).map((r) => ({ ...r, short: shortName(r.name) }));
  return (
    <div className="flex flex-col gap-3">
      <SeriesLegend
        items={[
          { key: "ok", label: "Succeeded", color: OK },
          { key: "failed", label: "Failed", color: FAILED },
        ]}
      />
      <div style={{ height: Math.max(120, shown.length * 24 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={shown} layout="vertical" margin={{ top: 0, right: 16, bottom: 14, left: 0 }} barCategoryGap={4}>
            <CartesianGrid horizontal={false} stroke="var(--border)" />
            <XAxis
              type="number"
              allowDecimals={false}
              tick={{ fontSize: 11 }}
              label={{ value: "calls", position: "insideBottomRight", offset: -8, fontSize: 11, fill: "var(--muted)" }}
            />
            <YAxis type="category" dataKey="short" width={190} tick={{ fontSize: 11 }} interval={0} />
            <Tooltip
              cursor={{ fill: "var(--surface-2)" }}
              isAnimationActive={false}
              content={({ active, payload }) => {
                const r = payload?.[0]?.payload as ToolRow | undefined;
                if (!active || !r) return null;
                return (
                  <ChartTooltipBox
                    title={r.name}
                    rows={[
                      { key: "c", label: "Calls", value: String(r.calls ?? "—") },
                      { key: "f", label: "Failures", value: String(r.failures ?? "—") },
                      { key: "a", label: "Avg time", value: fmtMs(r.avgMs) },
                      { key: "p", label: "p90 time", value: fmtMs(r.p90Ms) },
                    ]}
                  />
                );
              }}
            />
            <Bar dataKey="successes" stackId="c" fill={OK} isAnimationActive={false} />
            <Bar dataKey="failures" stackId="c" fill={FAILED} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

/** "mcp__filesystem__read_text_file" → "filesystem.read_text_file": the mcp prefix is noise on an axis, and no space keeps recharts from wrapping the tick. */
export function shortName(name: string): string {
  const parts = name.split("__");
  return parts.length === 3 && parts[0] === "mcp" ? `${parts[1]}.${parts[2]}` : name;
}
