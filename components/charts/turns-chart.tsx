"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { fmtMoney } from "@/lib/prepare/charts-format";
import type { TurnCostRow } from "@/lib/prepare/charts-turns";
import { ChartTooltipBox } from "./chart-tooltip";

/** Cost per turn of the log; superseded attempts are listed in the tooltip. */
export function TurnsChart({ rows }: { rows: TurnCostRow[] }) {
  return (
    <div className="h-[200px]" data-testid="chart-turns">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 4, left: 4 }} barCategoryGap="30%">
          <CartesianGrid vertical={false} stroke="var(--border)" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis tickFormatter={fmtMoney} tick={{ fontSize: 11 }} width={56} />
          <Tooltip
            cursor={{ fill: "var(--surface-2)" }}
            isAnimationActive={false}
            content={({ active, payload }) => {
              const r = payload?.[0]?.payload as TurnCostRow | undefined;
              if (!active || !r) return null;
              const rows = r.attempts.map((a) => ({
                key: String(a.attempt),
                label: `Attempt ${a.attempt ?? "—"}${a.superseded ? " (superseded)" : ""}`,
                value: fmtMoney(a.costUsd),
              }));
              return <ChartTooltipBox title={`${r.label} · ${fmtMoney(r.costUsd)}`} rows={rows} />;
            }}
          />
          <Bar dataKey="costUsd" fill="var(--chart-primary)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
