import type { TallyBar, VoteEntry, VotesView } from "@/lib/prepare/votes-types";
import { Card, Chip, Note } from "./chip";

const FLAG_TEXT: Record<string, string> = { switch: "switched", self: "self-vote", ignored: "ignored", invalid: "invalid", stop: "stop" };

export function Tally({ bars }: { bars: TallyBar[] }) {
  return (
    <div className="tally" data-testid="bundle-tally">
      {bars.map((b) => (
        <div key={b.label} style={{ display: "contents" }}>
          <span className="row" style={{ gap: 6 }}>
            <Chip text={b.label} color={b.color} />
            {b.isWinner ? <span className="badge ok">winner</span> : null}
          </span>
          <span className="bar">
            <i style={{ width: `${Math.round(b.share * 100)}%`, background: b.color?.solid ?? "var(--subtle)" }} />
          </span>
          <span className="num">{b.count}</span>
        </div>
      ))}
    </div>
  );
}

function Vote({ e }: { e: VoteEntry }) {
  return (
    <div className="vote" data-testid="bundle-vote">
      <div className="row">
        <Chip text={e.voterId} color={e.voterColor} />
        <span className="muted">{e.kind === "stop" ? "stopped" : "→"}</span>
        {e.targetLabel ? <Chip text={e.targetLabel} color={e.targetColor} /> : <span className="muted">no target recorded</span>}
        {e.switchedFrom ? <span className="muted small">(was {e.switchedFrom})</span> : null}
        {e.flags.map((f) => (
          <span className="flag" key={f}>
            {FLAG_TEXT[f] ?? f}
          </span>
        ))}
        <span className="muted small" style={{ marginLeft: "auto" }} title={e.localTime ?? undefined}>
          {[e.round !== null ? `round ${e.round}` : null, e.relLabel].filter(Boolean).join(" · ")}
        </span>
      </div>
      {e.reason ? <p>{e.reason}</p> : <p className="muted small">No reason recorded.</p>}
    </div>
  );
}

/** The final tally, then every vote round with full reasons (issue 3 "Votes"). */
export function Votes({ view }: { view: VotesView }) {
  const t = view.totals;
  return (
    <Card id="votes" title="Votes" note={`${t.votes} votes · ${t.switches} switches · ${t.selfVotes} self-votes · ${t.ignored} ignored · ${t.stops} stops`}>
      {view.note ? <Note>{view.note}</Note> : null}
      {view.finalTally.length ? (
        <>
          <h3>Final tally</h3>
          <Tally bars={view.finalTally} />
        </>
      ) : null}
      {view.rounds.map((r) => (
        <div key={r.n}>
          <h3>
            Round {r.n}
            <span className="muted small" style={{ fontWeight: 400 }}>
              {r.afterLabel ? ` · after ${r.afterLabel}` : ""}
              {r.available.length ? ` · answers available: ${r.available.join(", ")}` : ""}
              {r.leader ? ` · leader ${r.leader}` : ""}
            </span>
          </h3>
          <div className="votes">
            {r.entries.map((e) => (
              <Vote key={e.key} e={e} />
            ))}
          </div>
        </div>
      ))}
    </Card>
  );
}
