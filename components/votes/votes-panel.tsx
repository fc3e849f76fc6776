import type { VotesView } from "@/lib/prepare/votes-types";
import { TallyBars } from "./tally-bars";
import { VoteFlowChart } from "./vote-flow";
import { VoteRoundCard } from "./vote-round";

export interface VotesPanelProps {
  /** prepareVotes(model) */
  view: VotesView;
}

/** Votes per round with full reasons, tallies, the winner, and the vote flow (issue 3 "Votes"). */
export function VotesPanel({ view }: VotesPanelProps) {
  const t = view.totals;
  return (
    <section data-testid="votes-panel" className="flex flex-col gap-4">
      <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_280px]">
        <div className="rounded-lg border border-border p-3">
          <p className="mb-2 text-[11px] font-medium text-muted uppercase">Vote flow</p>
          {view.flow ? <VoteFlowChart flow={view.flow} /> : <p className="text-[13px] text-muted">{view.note ?? "Nothing to draw."}</p>}
        </div>
        <div className="flex flex-col gap-3 rounded-lg border border-border p-3">
          <div>
            <p className="text-[11px] font-medium text-muted uppercase">Winner</p>
            {view.winner ? (
              <p className="mt-0.5 text-[14px] font-semibold" style={{ color: view.winner.color?.fg }} data-testid="vote-winner">
                {view.winner.agentId}
                {view.winner.label && <span className="ml-1.5 font-mono text-[12px] font-normal text-muted">{view.winner.label}</span>}
              </p>
            ) : (
              <p className="mt-0.5 text-[13px] text-muted">No winner recorded.</p>
            )}
          </div>
          <div>
            <p className="mb-1.5 text-[11px] font-medium text-muted uppercase" title="Each agent's latest vote that was not wiped by a restart">
              Deciding tally
            </p>
            <TallyBars bars={view.finalTally} caption="Deciding tally" />
          </div>
          <p className="text-[12px] text-muted tabular-nums">
            {t.votes} votes · {t.switches} switches · {t.selfVotes} self-votes · {t.ignored} ignored{t.stops ? ` · ${t.stops} stops` : ""}
          </p>
        </div>
      </div>
      {view.rounds.length ? (
        view.rounds.map((r) => <VoteRoundCard key={r.n} round={r} />)
      ) : (
        <p className="rounded-lg border border-dashed border-border p-4 text-[13px] text-muted">{view.note}</p>
      )}
    </section>
  );
}
