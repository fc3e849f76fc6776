import { z } from "zod";
import { num, str, strList } from "./common";

/**
 * coordination_events.json, FORMAT.md §3.4. Event types are an open set
 * (§3.4.2, §8.4): `event_type` is a plain string and type-specific `context`
 * keys pass through untouched.
 */

export const coordinationEventSchema = z.looseObject({
  timestamp: num,
  // required: an event without a type cannot be placed; the lenient reader drops the entry
  event_type: z.string(),
  agent_id: str,
  details: str,
  // always holds `iteration` and `round`, plus type-specific keys (§3.4.2)
  context: z.looseObject({ iteration: num, round: num }).nullable().optional(),
});

export const coordinationEventsSchema = z.looseObject({
  session_metadata: z
    .looseObject({
      user_prompt: str,
      agent_ids: strList,
      start_time: num,
      end_time: num,
      final_winner: str,
    })
    .nullable()
    .optional(),
  events: z.array(coordinationEventSchema).nullable().optional(),
});

export type CoordinationEvents = z.infer<typeof coordinationEventsSchema>;
export type CoordinationEvent = z.infer<typeof coordinationEventSchema>;
