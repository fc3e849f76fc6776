import Link from "next/link";
import type { ReactNode } from "react";
import type { RunPageView } from "@/lib/prepare/run-page";
import { AgentChip } from "@/components/ui/agent-chip";
import { StateBadge } from "@/components/ui/state-badge";
import { AgentList } from "./agent-list";
import { RunStats } from "./run-stats";

/** Question, state (+why), winner, numbers and agents of one attempt. */
export function RunHeader({ view, nav, live }: { view: RunPageView; nav?: ReactNode; live?: ReactNode }) {
  return (
    <header data-testid="run-header" className="flex flex-col gap-4">
      <nav aria-label="Breadcrumb" className="flex min-w-0 items-center gap-1.5 text-[12px] text-muted">
        <Link href="/" prefetch={false} className="hover:text-foreground">
          Runs
        </Link>
        <span aria-hidden>/</span>
        <span className="truncate font-mono" title={view.relPath}>
          {view.title}
        </span>
      </nav>
      {nav}
      <div className="flex flex-col gap-2">
        <h1 className="text-[20px] leading-snug font-semibold tracking-tight break-words" data-testid="run-question">
          {view.question ?? <span className="text-muted italic">No question recorded</span>}
        </h1>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 text-[13px]">
          <StateBadge state={view.state} title={view.stateReason} />
          {/* "Winner: x" (status.json's finish_reason_details) already stands on the right */}
          {view.stateReason !== `Winner: ${view.winner}` && (
            <span className="text-muted" data-testid="state-reason">
              {view.stateReason}
            </span>
          )}
          {view.superseded && (
            <span className="text-[12px] text-warn">Superseded by a later attempt</span>
          )}
          <span className="ml-auto flex items-center gap-2 text-muted">
            Winner
            {view.winner && view.winnerColor ? (
              <AgentChip id={view.winner} color={view.winnerColor} className="text-[13px]" />
            ) : (
              <span className="text-foreground">{view.winner ?? (view.state === "running" ? "not decided yet" : "none recorded")}</span>
            )}
          </span>
        </div>
      </div>
      {live}
      <RunStats stats={view.stats} />
      <AgentList agents={view.agents} />
    </header>
  );
}
