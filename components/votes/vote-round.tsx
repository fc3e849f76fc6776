import type { VoteRound } from "@/lib/prepare/votes-types";
import { TallyBars } from "./tally-bars";
import { VoteRow } from "./vote-row";

/** One round: what the voters could see, their votes with reasons, and the round's tally. */
export function VoteRoundCard({ round }: { round: VoteRound }) {
  return (
    <section className="rounded-lg border border-border" data-testid="vote-round" data-round={round.n}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-border bg-surface px-3 py-2">
        <h3 className="text-[13px] font-semibold">Round {round.n}</h3>
        <span className="text-[12px] text-muted">
          {round.afterLabel ? (
            <>
              after <span className="font-mono">{round.afterLabel}</span>
            </>
          ) : (
            "before any answer"
          )}
          {round.available.length > 0 && (
            <>
              {" · answers in view "}
              <span className="font-mono">{round.available.join(", ")}</span>
            </>
          )}
        </span>
        {round.iterations && (
          <span className="ml-auto text-[11px] text-subtle tabular-nums">
            iteration {round.iterations.from === round.iterations.to ? round.iterations.from : `${round.iterations.from}–${round.iterations.to}`}
          </span>
        )}
      </header>
      <div className="grid gap-4 px-3 py-1 md:grid-cols-[1fr_240px]">
        <ul className="divide-y divide-border">
          {round.entries.map((e) => (
            <VoteRow key={e.key} e={e} />
          ))}
        </ul>
        <div className="py-2">
          <p className="mb-1.5 text-[11px] font-medium text-muted uppercase">
            Tally{round.leader ? ` · leading ${round.leader}` : ""}
          </p>
          <TallyBars bars={round.tally} caption={`Round ${round.n} tally`} />
        </div>
      </div>
    </section>
  );
}
