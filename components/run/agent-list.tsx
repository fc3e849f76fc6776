import type { RunAgentView } from "@/lib/prepare/run-page";

/** Every agent with its colour, model and backend; ids and models are untrusted text. */
export function AgentList({ agents }: { agents: RunAgentView[] }) {
  if (agents.length === 0) return null;
  return (
    <ul aria-label="Agents" className="flex flex-wrap gap-2" data-testid="run-agents">
      {agents.map((a) => (
        <li
          key={a.id}
          className="flex min-w-0 items-center gap-2 rounded-md border border-border bg-background py-1 pr-2.5 pl-2 text-[12px]"
          style={{ borderColor: a.isWinner ? a.color.solid : undefined }}
          data-agent-id={a.id}
        >
          <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: a.color.solid }} />
          <span className="truncate font-medium" style={{ color: a.color.fg }}>
            {a.id}
          </span>
          <span className="truncate text-muted" title={a.backend ? `backend: ${a.backend}` : undefined}>
            {a.model ?? "model not recorded"}
          </span>
          <span className="text-subtle tabular-nums" title={`${a.answers} answers · ${a.votesCast} votes cast`}>
            {a.answers}A · {a.votesCast}V
          </span>
          {a.isWinner && (
            <span className="rounded bg-ok-soft px-1 text-[10px] font-semibold tracking-wide text-ok uppercase">winner</span>
          )}
        </li>
      ))}
    </ul>
  );
}
