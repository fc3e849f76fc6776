import { metricsSummaryRowSchema, metricsSummarySchema, type MetricsSummary } from "@/lib/schemas/metrics";
import { parseJsonFile } from "./json-file";
import type { Parsed } from "./result";

/** metrics_summary.json, FORMAT.md §3.2. */
export function parseMetricsSummary(text: string, file: string): Parsed<MetricsSummary> {
  return parseJsonFile(metricsSummarySchema, text, file);
}

/** metrics_summary.json for an index row (metricsSummaryRowSchema). */
export function parseMetricsSummaryRow(text: string, file: string): Parsed<MetricsSummary> {
  return parseJsonFile(metricsSummaryRowSchema, text, file);
}
