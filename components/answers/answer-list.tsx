import type { ReactNode } from "react";
import type { AnswerItemView, FinalAnswerView } from "@/lib/prepare/answers";
import { cn } from "@/components/ui/cn";

/** The final answer (pinned first) and every answer in time order; labels and ids are untrusted text. */
export function AnswerList({
  items,
  final,
  selected,
  onSelect,
}: {
  items: AnswerItemView[];
  final: FinalAnswerView | null;
  selected: string;
  onSelect: (key: string) => void;
}) {
  return (
    <nav aria-label="Answers in order" className="lg:sticky lg:top-3 lg:self-start">
      <ul className="flex flex-col gap-0.5 lg:max-h-[calc(100vh-120px)] lg:overflow-y-auto">
        {final && (
          <li>
            <Row selected={selected === "final"} onClick={() => onSelect("final")} color={final.color.solid} testId="final-answer-item">
              <span className="flex min-w-0 items-center gap-1.5">
                <span className="truncate font-mono text-[12px] font-medium">{final.label ?? `${final.agentId} final`}</span>
                <span className="rounded bg-ok-soft px-1 text-[10px] font-semibold tracking-wide text-ok uppercase">final</span>
              </span>
              <span className="truncate text-[11px] text-muted">{final.agentId}</span>
            </Row>
          </li>
        )}
        {items.map((a) => (
          <li key={a.key}>
            <Row selected={selected === a.key} onClick={() => onSelect(a.key)} color={a.color.solid} testId="answer-item" label={a.label}>
              <span className="flex min-w-0 items-center justify-between gap-2">
                <span className="truncate font-mono text-[12px] font-medium">{a.label}</span>
                <span className="shrink-0 text-[11px] text-subtle tabular-nums" title={a.time ?? "time not recorded"}>
                  {a.offset ?? a.time?.slice(11) ?? "—"}
                </span>
              </span>
              <span className="truncate text-[11px]" style={{ color: a.color.fg }}>
                {a.agentId}
              </span>
            </Row>
          </li>
        ))}
        {items.length === 0 && <li className="px-2 py-3 text-[12px] text-muted">No answers from this agent.</li>}
      </ul>
    </nav>
  );
}

function Row({
  selected,
  onClick,
  color,
  testId,
  label,
  children,
}: {
  selected: boolean;
  onClick: () => void;
  color: string;
  testId: string;
  label?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-current={selected ? "true" : undefined}
      onClick={onClick}
      data-testid={testId}
      data-label={label}
      className={cn(
        "flex w-full min-w-0 flex-col gap-0.5 rounded-md border-l-[3px] py-1.5 pr-2 pl-2.5 text-left transition-colors",
        selected ? "bg-surface-2" : "hover:bg-surface",
      )}
      style={{ borderLeftColor: color }}
    >
      {children}
    </button>
  );
}
