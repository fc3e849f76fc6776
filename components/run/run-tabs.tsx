import type { ReactNode } from "react";

export interface RunTab {
  id: string;
  label: string;
  count?: number;
}

/**
 * The panel area of a run page. Today it holds the overview; later issues add
 * tabs (coordination, votes, answers, traces, charts, config) by extending
 * `tabs` and rendering their panel as children for the active id.
 */
export function RunTabs({ tabs, active, children }: { tabs: RunTab[]; active: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-4" data-testid="run-panels">
      <div role="tablist" aria-label="Run panels" className="flex gap-4 border-b border-border">
        {tabs.map((t) => (
          <span
            key={t.id}
            role="tab"
            aria-selected={t.id === active}
            className={
              t.id === active
                ? "-mb-px border-b-2 border-foreground pb-2 text-[13px] font-medium"
                : "-mb-px pb-2 text-[13px] text-muted"
            }
          >
            {t.label}
            {t.count !== undefined && <span className="ml-1.5 text-subtle tabular-nums">{t.count}</span>}
          </span>
        ))}
      </div>
      <div role="tabpanel">{children}</div>
    </section>
  );
}
