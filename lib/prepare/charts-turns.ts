/**
 * Cost per turn across one log (input: the models of the log's attempts).
 * Every attempt costs money, superseded ones included, so a turn's cost is
 * the sum of its attempts; the bar is stacked by attempt.
 */
import type { AttemptModel } from "@/lib/model/types";
import { sumNullable } from "./format";

export interface TurnCostAttempt {
  attempt: number | null;
  costUsd: number | null;
  superseded: boolean;
}

export interface TurnCostRow {
  turn: number | null;
  label: string;
  /** null when no attempt of the turn recorded a cost */
  costUsd: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  attempts: TurnCostAttempt[];
}

export function turnCosts(models: readonly AttemptModel[]): TurnCostRow[] {
  const byTurn = new Map<number | null, AttemptModel[]>();
  for (const m of models) byTurn.set(m.turn, [...(byTurn.get(m.turn) ?? []), m]);
  return [...byTurn.entries()]
    .sort(([a], [b]) => (a ?? 0) - (b ?? 0))
    .map(([turn, ms]) => {
      const sorted = [...ms].sort((a, b) => (a.attempt ?? 0) - (b.attempt ?? 0));
      return {
        turn,
        label: turn === null ? "run" : `Turn ${turn}`,
        costUsd: known(sorted.map((m) => m.costUsd)),
        inputTokens: known(sorted.map((m) => m.inputTokens)),
        outputTokens: known(sorted.map((m) => m.outputTokens)),
        attempts: sorted.map((m) => ({ attempt: m.attempt, costUsd: m.costUsd, superseded: m.superseded })),
      };
    });
}

/** Sum of the recorded values at the writer's 6-dp precision; null when none is recorded. */
function known(values: readonly (number | null)[]): number | null {
  const s = sumNullable(values);
  return s === null ? null : Math.round(s * 1e6) / 1e6;
}
