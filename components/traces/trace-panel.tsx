"use client";

import { useMemo, useState } from "react";
import { groupTraceFiles, type TraceFileRef } from "@/lib/prepare/trace";
import { TraceFileList } from "./trace-file-list";
import { TraceViewer } from "./trace-viewer";

export interface TracePanelProps {
  logId: string;
  turn: number | null;
  attempt: number | null;
  /** from `getAttemptTraceFiles` (lib/server/trace-reader) */
  files: TraceFileRef[];
}

/**
 * The "Traces" tab (issue #3 "Execution traces"): the attempt's
 * execution_trace.md files and the selected one, fetched in parts.
 */
export function TracePanel({ logId, turn, attempt, files }: TracePanelProps) {
  const target = useMemo(() => ({ logId, turn, attempt }), [logId, turn, attempt]);
  const groups = useMemo(() => groupTraceFiles(files), [files]);
  // start on the winner's final trace when there is one: it is what the user came for
  const [selected, setSelected] = useState(() => files.find((f) => f.kind === "final")?.path ?? groups[0]?.files[0]?.path ?? "");

  if (files.length === 0) {
    return (
      <div data-testid="trace-viewer" className="rounded-lg border border-dashed border-border-strong px-6 py-10 text-center text-[13px] text-muted">
        <p className="font-medium text-foreground">No execution traces in this run</p>
        <p className="mt-1">
          MassGen writes <code className="font-mono">execution_trace.md</code> into each snapshot dir and{" "}
          <code className="font-mono">final/&lt;agent&gt;/</code> since v0.1.37; older versions did not record one.
        </p>
      </div>
    );
  }
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-[220px_minmax(0,1fr)]">
      <TraceFileList groups={groups} selected={selected} onSelect={setSelected} />
      <TraceViewer key={selected} target={target} file={selected} />
    </div>
  );
}
