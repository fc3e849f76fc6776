/**
 * Execution-trace viewer. Wire-up on the run page (server component):
 *   const files = await getAttemptTraceFiles(logId, turn, attempt); // lib/server/trace-reader
 *   <TracePanel logId={logId} turn={turn} attempt={attempt} files={files} />
 */
export { TracePanel, type TracePanelProps } from "./trace-panel";
