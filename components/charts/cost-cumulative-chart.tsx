"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { fmtMoney, fmtOffset } from "@/lib/prepare/charts-format";
import type { CumulativePoint } from "@/lib/prepare/charts-types";
import { ChartTooltipBox } from "./chart-tooltip";

/** Run cost over time: a step line, each step a completed round (its cost lands at its end). */
export function CostCumulativeChart({ points }: { points: CumulativePoint[] }) {
  if (points.length < 2) return <p className="text-[12px] text-muted">No completed round with a cost yet.</p>;
  return (
    <div className="h-[220px]">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 4, right: 12, bottom: 14, left: 4 }}>
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis
            dataKey="t"
            type="number"
            domain={[0, "dataMax"]}
            tickFormatter={fmtOffset}
            tick={{ fontSize: 11 }}
            label={{ value: "time since start", position: "insideBottomRight", offset: -8, fontSize: 11, fill: "var(--muted)" }}
          />
          <YAxis tickFormatter={fmtMoney} tick={{ fontSize: 11 }} width={56} />
          <Tooltip
            isAnimationActive={false}
            content={({ active, payload }) => {
              const p = payload?.[0]?.payload as CumulativePoint | undefined;
              if (!active || !p) return null;
              return <ChartTooltipBox title={fmtOffset(p.t)} rows={[{ key: "c", label: "Cost so far (USD)", value: fmtMoney(p.costUsd) }]} footer={p.label} />;
            }}
          />
          <Line type="stepAfter" dataKey="costUsd" stroke="var(--chart-primary)" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
