import { snapshotMappingsSchema, type SnapshotMappings } from "@/lib/schemas/snapshot-mappings";
import { parseJsonFile } from "./json-file";
import type { Parsed } from "./result";

/** snapshot_mappings.json, FORMAT.md §3.5. */
export function parseSnapshotMappings(text: string, file: string): Parsed<SnapshotMappings> {
  return parseJsonFile(snapshotMappingsSchema, text, file);
}
