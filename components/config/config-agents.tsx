import type { ConfigAgent } from "@/lib/prepare/config";
import { ConfigTable } from "./config-table";

/** One card per configured agent: backend and model up front, the rest as a table. */
export function ConfigAgents({ agents }: { agents: ConfigAgent[] }) {
  if (agents.length === 0) return <p className="text-[12px] text-muted">The config lists no agents.</p>;
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {agents.map((a, i) => (
        <section key={`${a.id}-${i}`} className="rounded-md border border-border" data-testid="config-agent">
          <header className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 border-b border-border bg-surface px-3 py-2">
            <h4 className="font-mono text-[13px] font-semibold break-all">{a.id}</h4>
            <span className="text-[12px] text-muted">
              {a.backend ?? "backend not set"} · <span className="font-mono text-foreground">{a.model ?? "model not set"}</span>
            </span>
          </header>
          <div className="px-3 py-1">
            <ConfigTable rows={a.rows} empty="No other settings." />
          </div>
        </section>
      ))}
    </div>
  );
}
