import { z } from "zod";
import { str } from "./common";

/** subagents/<id>/subprocess_logs.json, FORMAT.md §3.10. */

export const subprocessLogsSchema = z.looseObject({
  subagent_id: str,
  subprocess_log_dir: str, // absolute path on the machine that ran MassGen
  timestamp: str, // local ISO
  error: str,
});

export type SubprocessLogs = z.infer<typeof subprocessLogsSchema>;
