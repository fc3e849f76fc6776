import { coordinationEventsSchema, type CoordinationEvents } from "@/lib/schemas/coordination-events";
import { parseJsonFile } from "./json-file";
import type { Parsed } from "./result";

/** coordination_events.json, FORMAT.md §3.4. */
export function parseCoordinationEvents(text: string, file: string): Parsed<CoordinationEvents> {
  return parseJsonFile(coordinationEventsSchema, text, file);
}
