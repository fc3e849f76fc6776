import type { AttemptModel } from "@/lib/model/types";
import type { ExecutionTrace } from "@/lib/parse/trace-types";
import type { ExecutionMetadata } from "@/lib/schemas/execution-metadata";
import type { ToolExecution } from "@/lib/schemas/metrics";

/** One execution_trace.md of the attempt, already parsed (FORMAT.md §4.2). */
export interface TraceInput {
  /** RUN-relative posix path, e.g. "agent_a/20251225_204610_000001/execution_trace.md" */
  file: string;
  agentId: string;
  kind: "answer" | "vote" | "partial" | "final";
  trace: ExecutionTrace;
  /** only the first part of a very large file was read */
  truncated: boolean;
}

/**
 * Everything the generator needs; lib/server/report-store gathers it. Pure
 * data: the generator never reads files. `null` means "not read / not
 * available", which the report states instead of inventing content.
 */
export interface ReportInput {
  /** the attempt the report is about (normally the turn's last) */
  model: AttemptModel;
  /** every attempt of the turn in order, `model` included */
  attempts: AttemptModel[];
  traces: TraceInput[] | null;
  /** metrics_events.json tool_executions [≥v0.1.24] */
  toolExecutions: ToolExecution[] | null;
  /** execution_metadata.yaml, parsed with secrets redacted (FORMAT.md §3.8) */
  metadata: ExecutionMetadata | null;
  /** log-root-relative paths of the files the report was built from */
  filesRead: string[];
  /** unix seconds */
  generatedAt: number;
  /** e.g. "massgen-dash 0.1.0" */
  generator?: string;
}
