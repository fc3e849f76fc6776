import { z } from "zod";
import { num, str } from "./common";

/**
 * One line of events.jsonl (`MassGenEvent`), FORMAT.md §3.9. `event_type` is an
 * open set; `data` keys depend on it and pass through as unknown.
 */

export const massgenEventSchema = z.looseObject({
  timestamp: str, // local ISO, naive
  // required: a line without a type is reported and skipped
  event_type: z.string(),
  agent_id: str,
  round_number: num,
  data: z.record(z.string(), z.unknown()).nullable().optional(),
});

export type MassgenEvent = z.infer<typeof massgenEventSchema>;
