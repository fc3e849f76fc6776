import { statusSchema, type Status } from "@/lib/schemas/status";
import { parseJsonFile } from "./json-file";
import type { Parsed } from "./result";

/** status.json, FORMAT.md §3.1. */
export function parseStatus(text: string, file: string): Parsed<Status> {
  return parseJsonFile(statusSchema, text, file);
}
