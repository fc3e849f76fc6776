import type { RunsTableAgent } from "@/lib/prepare/runs-table";
import { DASH } from "@/lib/prepare/format";

/** Agent dots + ids on one line, models below; the full list is in the title. */
export function AgentsCell({ agents, models }: { agents: RunsTableAgent[]; models: string[] }) {
  if (agents.length === 0) {
    return (
      <span className="text-subtle" title="No agents recorded">
        {DASH}
      </span>
    );
  }
  const title = agents.map((a) => (a.model ? `${a.id} (${a.model})` : a.id)).join("\n");
  return (
    <div className="flex min-w-0 flex-col leading-tight" title={title}>
      <span className="flex min-w-0 items-center gap-1.5">
        <span className="flex shrink-0 -space-x-0.5" aria-hidden>
          {agents.slice(0, 5).map((a) => (
            <span
              key={a.id}
              className="inline-block size-2 rounded-full ring-2 ring-background"
              style={{ background: a.color.solid }}
            />
          ))}
        </span>
        <span className="truncate text-[12px]">{agents.map((a) => a.id).join(", ")}</span>
      </span>
      <span className="truncate text-[11px] text-muted">
        {models.length ? models.join(", ") : `${agents.length} ${agents.length === 1 ? "agent" : "agents"}`}
      </span>
    </div>
  );
}
