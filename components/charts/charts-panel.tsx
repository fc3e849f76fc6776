"use client";

import type { ChartsView } from "@/lib/prepare/charts-types";
import type { TurnCostRow } from "@/lib/prepare/charts-turns";
import { cumulativeCsv, roundsCsv, tokensCsv, toolsCsv, turnsCsv } from "@/lib/prepare/export-chart-csv";
import { AgentCostTable } from "./agent-cost-table";
import { ChartCard } from "./chart-card";
import { ChartsSummary } from "./charts-summary";
import { CostCumulativeChart } from "./cost-cumulative-chart";
import { MetricsMissing } from "./metrics-missing";
import { RoundsChart } from "./rounds-chart";
import { TokensChart } from "./tokens-chart";
import { ToolsChart } from "./tools-chart";
import { ToolsTable } from "./tools-table";
import { TurnsChart } from "./turns-chart";

export interface ChartsPanelProps {
  view: ChartsView;
  /** cost per turn of the whole log (prepared with turnCosts); shown when the log has 2+ turns */
  turns?: TurnCostRow[] | null;
}

export function ChartsPanel({ view, turns }: ChartsPanelProps) {
  if (view.missing) {
    return (
      <div data-testid="charts-panel" className="flex flex-col gap-4">
        <MetricsMissing missing={view.missing} />
      </div>
    );
  }
  return (
    <div data-testid="charts-panel" className="flex flex-col gap-4">
      <ChartsSummary totals={view.totals} />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <ChartCard testId="chart-tokens" csv={() => tokensCsv(view.tokens)} title="Tokens by agent" note="input (uncached + cached) and output (incl. reasoning), tokens">
          <TokensChart rows={view.tokens} />
        </ChartCard>
        <ChartCard testId="agent-costs" svg={false} csv={() => tokensCsv(view.tokens)} title="Cost by agent" note="USD, estimated by MassGen; cache hit = cached / input tokens">
          <AgentCostTable rows={view.tokens} totals={view.totals} />
        </ChartCard>
      </div>
      <ChartCard testId="chart-rounds" csv={() => roundsCsv(view.rounds)} title="Rounds" note="per round number, all agents; hover for round type → outcome">
        {view.roundBuckets.length ? (
          <RoundsChart buckets={view.roundBuckets} agents={view.agents} hasDetail={view.hasDetail} />
        ) : (
          <p className="text-[12px] text-muted">No completed round yet.</p>
        )}
      </ChartCard>
      <ChartCard testId="chart-cost-cumulative" csv={() => cumulativeCsv(view.cumulative)} title="Cumulative cost" note="USD over time since the run started">
        <CostCumulativeChart points={view.cumulative} />
      </ChartCard>
      {turns && turns.length > 1 && (
        <ChartCard testId="chart-turns-card" csv={() => turnsCsv(turns)} title="Cost per turn" note="USD, every attempt of a turn included">
          <TurnsChart rows={turns} />
        </ChartCard>
      )}
      <ChartCard testId="chart-tools" csv={() => toolsCsv(view.tools ?? [])} title="Tool calls" note={view.hasDetail ? "calls per tool; times in ms/s" : "calls per tool; p90 needs metrics_events.json"}>
        {view.tools?.length ? (
          <div className="flex flex-col gap-4">
            <ToolsChart rows={view.tools} />
            <ToolsTable rows={view.tools} />
          </div>
        ) : (
          <p className="text-[12px] text-muted">{view.tools ? "No tool calls recorded." : "Tool metrics were not recorded."}</p>
        )}
      </ChartCard>
    </div>
  );
}
