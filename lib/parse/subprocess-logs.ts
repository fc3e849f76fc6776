import { subprocessLogsSchema, type SubprocessLogs } from "@/lib/schemas/subprocess-logs";
import { parseJsonFile } from "./json-file";
import type { Parsed } from "./result";

/** subagents/<id>/subprocess_logs.json, FORMAT.md §3.10. */
export function parseSubprocessLogs(text: string, file: string): Parsed<SubprocessLogs> {
  return parseJsonFile(subprocessLogsSchema, text, file);
}
