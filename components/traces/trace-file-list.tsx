"use client";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatBytes, type TraceFileGroup, type TraceFileKind } from "@/lib/prepare/trace";

const TONE: Record<TraceFileKind, BadgeTone> = { answer: "accent", vote: "live", partial: "neutral", final: "ok" };

/** The attempt's trace files, by agent; agent ids and dir names are untrusted text. */
export function TraceFileList({ groups, selected, onSelect }: { groups: TraceFileGroup[]; selected: string; onSelect: (path: string) => void }) {
  return (
    <nav aria-label="Trace files" className="flex flex-col gap-3" data-testid="trace-files">
      {groups.map((g) => (
        <section key={g.agentId}>
          <h3 className="mb-1 truncate px-2 font-mono text-[12px] font-semibold" title={g.agentId}>
            {g.agentId}
          </h3>
          <ul className="flex flex-col gap-0.5">
            {g.files.map((f) => (
              <li key={f.path}>
                <button
                  type="button"
                  onClick={() => onSelect(f.path)}
                  aria-current={f.path === selected || undefined}
                  data-testid="trace-file"
                  className={cn(
                    "flex w-full items-center gap-2 rounded-md px-2 py-1 text-left text-[12px]",
                    f.path === selected ? "bg-surface-2 font-medium" : "text-muted hover:bg-surface-2/60",
                  )}
                >
                  <Badge tone={TONE[f.kind]}>{f.label}</Badge>
                  <span className="font-mono tabular-nums">{f.time ?? "final"}</span>
                  <span className="ml-auto text-[11px] text-subtle tabular-nums">{formatBytes(f.size)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
