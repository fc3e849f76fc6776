import { metricsEventsSchema, type MetricsEvents } from "@/lib/schemas/metrics";
import { parseJsonFile } from "./json-file";
import type { Parsed } from "./result";

/** metrics_events.json, FORMAT.md §3.3. */
export function parseMetricsEvents(text: string, file: string): Parsed<MetricsEvents> {
  return parseJsonFile(metricsEventsSchema, text, file);
}
