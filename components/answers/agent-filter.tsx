import type { ReactNode } from "react";
import type { AnswersAgentView } from "@/lib/prepare/answers";
import { cn } from "@/components/ui/cn";

/** Show all answers or one agent's; agent ids are untrusted and rendered as text. */
export function AgentFilter({
  agents,
  active,
  onChange,
}: {
  agents: AnswersAgentView[];
  active: string | null;
  onChange: (id: string | null) => void;
}) {
  const total = agents.reduce((n, a) => n + a.count, 0);
  return (
    <div role="group" aria-label="Filter answers by agent" className="flex flex-wrap items-center gap-1.5" data-testid="answer-agent-filter">
      <FilterButton pressed={active === null} onClick={() => onChange(null)}>
        All <span className="text-subtle tabular-nums">{total}</span>
      </FilterButton>
      {agents.map((a) => (
        <FilterButton key={a.id} pressed={active === a.id} onClick={() => onChange(a.id)} title={a.id}>
          <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: a.color.solid }} />
          <span className="max-w-[160px] truncate" style={{ color: a.color.fg }}>
            {a.id}
          </span>
          <span className="text-subtle tabular-nums">{a.count}</span>
        </FilterButton>
      ))}
    </div>
  );
}

function FilterButton({
  pressed,
  onClick,
  title,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  title?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      title={title}
      onClick={onClick}
      className={cn(
        "inline-flex h-7 items-center gap-1.5 rounded-full border px-2.5 text-[12px] font-medium transition-colors",
        pressed ? "border-foreground bg-surface-2" : "border-border bg-background text-muted hover:bg-surface-2",
      )}
    >
      {children}
    </button>
  );
}
