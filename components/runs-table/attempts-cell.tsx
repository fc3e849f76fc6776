import Link from "next/link";
import type { RunsTableAttempt } from "@/lib/prepare/runs-table";
import { STATE_LABELS } from "@/lib/prepare/runs-facets";
import { StateDot } from "@/components/ui/state-badge";

const MAX_CHIPS = 3;

/**
 * Each attempt (orchestration restart) as its own small link with a state
 * dot. Links sit above the row's stretched link (relative z-10).
 */
export function AttemptsCell({ attempts }: { attempts: RunsTableAttempt[] }) {
  if (attempts.length <= 1) {
    return <span className="text-muted tabular-nums">1</span>;
  }
  // Keep the first and the latest ones visible: the latest decides the outcome.
  const shown = attempts.length > MAX_CHIPS ? [attempts[0]!, ...attempts.slice(-(MAX_CHIPS - 1))] : attempts;
  const hidden = attempts.length - shown.length;
  return (
    <span className="relative z-10 flex items-center gap-1" aria-label={`${attempts.length} attempts`}>
      {shown.map((a, i) => (
        <span key={a.href} className="contents">
          {hidden > 0 && i === 1 && <span className="text-[11px] text-subtle">+{hidden}</span>}
          <Link
            href={a.href}
            prefetch={false}
            title={`Attempt ${a.attempt ?? "?"} · ${STATE_LABELS[a.state]}`}
            className="inline-flex h-5 items-center gap-1 rounded border border-border bg-background px-1 text-[11px] tabular-nums text-foreground hover:border-border-strong hover:bg-surface-2"
          >
            <StateDot state={a.state} />
            {a.attempt ?? "?"}
          </Link>
        </span>
      ))}
    </span>
  );
}
