import type { CoordColumn } from "@/lib/prepare/coordination-types";

/** Sticky column header: event number, time, then each agent (label prefix, id, model). */
export function CoordinationHeader({ columns, template }: { columns: CoordColumn[]; template: string }) {
  return (
    <div
      role="row"
      className="sticky top-0 z-10 grid border-b border-border-strong bg-surface-2/95 text-[11px] backdrop-blur"
      style={{ gridTemplateColumns: template }}
    >
      <div role="columnheader" className="px-2 py-2 text-right font-medium text-muted">
        #
      </div>
      <div role="columnheader" className="px-2 py-2 font-medium text-muted" title="Time since the run started; hover a time for the local clock time">
        Time
      </div>
      {columns.map((c) => (
        <div key={c.agentId} role="columnheader" className="flex min-w-0 items-center gap-1.5 border-l border-border px-2 py-2">
          <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: c.color.solid }} />
          {c.labelPrefix && <span className="font-mono text-muted">{c.labelPrefix}</span>}
          <span className="truncate font-semibold" style={{ color: c.color.fg }} title={c.agentId}>
            {c.agentId}
          </span>
          <span className="truncate text-subtle" title={c.model ?? "model not recorded"}>
            {c.model ?? ""}
          </span>
          {c.isWinner && <span className="ml-auto rounded bg-ok-soft px-1 text-[10px] font-semibold text-ok uppercase">winner</span>}
        </div>
      ))}
    </div>
  );
}
