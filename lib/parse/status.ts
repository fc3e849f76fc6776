import { statusRowSchema, statusSchema, type Status } from "@/lib/schemas/status";
import { parseJsonFile } from "./json-file";
import type { Parsed } from "./result";

/** status.json, FORMAT.md §3.1. */
export function parseStatus(text: string, file: string): Parsed<Status> {
  return parseJsonFile(statusSchema, text, file);
}

/** status.json for an index row: only the fields a summary shows are validated and kept (statusRowSchema). */
export function parseStatusRow(text: string, file: string): Parsed<Status> {
  return parseJsonFile(statusRowSchema, text, file);
}
