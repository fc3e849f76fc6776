import Link from "next/link";
import type { ReactNode } from "react";

export interface RunTab {
  id: string;
  label: string;
  href: string;
  count?: number;
}

/**
 * The panel area of a run page. Tabs are links (`?tab=<id>`), so the open tab
 * is part of the URL and only the active panel's data is read on the server.
 * No prefetch, here and on every link of a run page: a live page refreshes on
 * each write, and every refresh would re-prefetch every tab, one full server
 * render each, which queued the live updates behind them (issue 5).
 */
export function RunTabs({ tabs, active, children }: { tabs: RunTab[]; active: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-4" data-testid="run-panels">
      <nav role="tablist" aria-label="Run panels" className="flex gap-5 overflow-x-auto border-b border-border">
        {tabs.map((t) => (
          <Link
            key={t.id}
            href={t.href}
            prefetch={false}
            scroll={false}
            role="tab"
            aria-selected={t.id === active}
            data-testid={`tab-${t.id}`}
            className={
              t.id === active
                ? "-mb-px whitespace-nowrap border-b-2 border-foreground pb-2 text-[13px] font-medium"
                : "-mb-px whitespace-nowrap border-b-2 border-transparent pb-2 text-[13px] text-muted hover:text-foreground"
            }
          >
            {t.label}
            {t.count !== undefined && <span className="ml-1.5 text-subtle tabular-nums">{t.count}</span>}
          </Link>
        ))}
      </nav>
      <div role="tabpanel">{children}</div>
    </section>
  );
}
