import Link from "next/link";
import type { RunNavItem } from "@/lib/prepare/run-page";
import { cn } from "@/components/ui/cn";
import { StateDot } from "@/components/ui/state-badge";
import { STATE_LABELS } from "@/lib/prepare/runs-facets";

/**
 * Turn and attempt switchers. Shown whenever the layout has turn/attempt dirs
 * (even a single one tells the reader where they are); absent for flat G1–G3 runs.
 */
export function RunNav({ turns, attempts }: { turns: RunNavItem[]; attempts: RunNavItem[] }) {
  const showTurns = turns.length > 0;
  const showAttempts = attempts.length > 0;
  if (!showTurns && !showAttempts) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
      {showTurns && <NavGroup label="Turns" items={turns} testId="turn-nav" />}
      {showAttempts && <NavGroup label="Attempts" items={attempts} testId="attempt-nav" />}
    </div>
  );
}

function NavGroup({ label, items, testId }: { label: string; items: RunNavItem[]; testId: string }) {
  return (
    <nav aria-label={label} data-testid={testId} className="flex items-center gap-2">
      <span className="text-[11px] font-medium tracking-wide text-muted uppercase">{label}</span>
      <div className="flex flex-wrap gap-1 rounded-md border border-border bg-surface-2 p-0.5">
        {items.map((item) => (
          <Link
            key={item.key}
            href={item.href}
            prefetch={false}
            aria-current={item.current ? "page" : undefined}
            title={STATE_LABELS[item.state]}
            className={cn(
              "inline-flex h-7 items-center gap-1.5 rounded px-2.5 text-[12px] font-medium transition-colors",
              item.current ? "bg-background text-foreground shadow-sm" : "text-muted hover:text-foreground",
            )}
          >
            <StateDot state={item.state} />
            {item.label}
          </Link>
        ))}
      </div>
    </nav>
  );
}
