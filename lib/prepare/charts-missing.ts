/**
 * Whether a run has token/cost metrics at all. MassGen started recording them
 * in v0.1.24 (status.json `costs`, metrics_summary.json, FORMAT.md §3.1.1,
 * §3.2): before that the charts must say so rather than draw zeros.
 */
import type { AttemptModel } from "@/lib/model/types";
import type { MetricsMissing } from "./charts-types";
import { predates, versionPhrase } from "./charts-version";

const METRICS_SINCE = "0.1.24";

export function metricsMissing(model: AttemptModel): MetricsMissing | null {
  const recorded = model.costUsd !== null || model.agents.some((a) => a.usage !== null || a.rounds !== null);
  if (recorded) return null;
  if (predates(model, METRICS_SINCE)) {
    return {
      kind: "before-v0.1.24",
      message: `${versionPhrase(model)} did not record token or cost metrics; they start with v${METRICS_SINCE}.`,
    };
  }
  return {
    kind: "no-metrics",
    message:
      model.state === "running"
        ? "No token or cost metrics yet: status.json has not recorded any usage for this run."
        : "No token or cost metrics were found: status.json and metrics_summary.json hold none.",
  };
}
