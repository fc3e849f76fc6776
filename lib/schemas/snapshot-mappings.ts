import { z } from "zod";
import { num, str } from "./common";

/** snapshot_mappings.json, FORMAT.md §3.5: object keyed by label; `path` is RUN-relative. */

export const snapshotMappingSchema = z.looseObject({
  type: str, // answer | vote | final_answer
  label: str,
  agent_id: str,
  timestamp: str, // <ts> dir name, or "final"
  voted_for: str,
  voted_for_label: str,
  iteration: num,
  round: num,
  path: str,
});

export const snapshotMappingsSchema = z.record(z.string(), snapshotMappingSchema);

export type SnapshotMappings = z.infer<typeof snapshotMappingsSchema>;
export type SnapshotMapping = z.infer<typeof snapshotMappingSchema>;
