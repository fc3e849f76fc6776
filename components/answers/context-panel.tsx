"use client";

import { Button } from "@/components/ui/button";
import { ContextBody } from "./context-body";
import { type ContextTarget, type RunRef, useSnapshotContext } from "./use-snapshot-context";

/** Side panel: the context.txt of one snapshot, loaded lazily, with loading / error (retry) / missing states. */
export function ContextPanel({ run, target, onClose }: { run: RunRef; target: ContextTarget; onClose: () => void }) {
  return (
    <aside
      data-testid="answer-context"
      aria-label={`What ${target.label} had seen`}
      className="flex min-w-0 flex-col rounded-lg border border-border bg-surface lg:col-span-2 xl:sticky xl:top-3 xl:col-span-1 xl:max-h-[calc(100vh-40px)] xl:self-start"
    >
      <header className="flex items-center justify-between gap-2 border-b border-border px-3 py-2">
        <div className="min-w-0">
          <h3 className="text-[13px] font-semibold tracking-tight">What the agent had seen</h3>
          <p className="truncate font-mono text-[11px] text-muted" title={target.dir ? `${target.dir}/context.txt` : undefined}>
            {target.label}
            {target.dir && ` · ${target.dir}/context.txt`}
          </p>
        </div>
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close context panel">
          ✕
        </Button>
      </header>
      {target.dir ? (
        <ContextContent run={run} dir={target.dir} />
      ) : (
        <p className="px-3 py-3 text-[12px] text-muted" data-state="missing">
          No snapshot directory was matched to this answer, so its context.txt cannot be located.
        </p>
      )}
    </aside>
  );
}

function ContextContent({ run, dir }: { run: RunRef; dir: string }) {
  const { state, retry } = useSnapshotContext(run, dir);
  return (
    <div className="min-h-0 overflow-y-auto px-3 py-3" data-state={state.status}>
      {state.status === "loading" ? (
        <p className="text-[12px] text-muted">Loading context.txt…</p>
      ) : state.status === "error" ? (
        <div className="flex flex-col items-start gap-2">
          <p className="text-[12px] text-bad">{state.message}</p>
          <Button size="sm" onClick={retry}>
            Retry
          </Button>
        </div>
      ) : state.result.status === "ok" ? (
        <ContextBody view={state.result.view} issues={state.result.issues} />
      ) : (
        <p className="text-[12px] text-muted">{state.result.message}</p>
      )}
    </div>
  );
}
