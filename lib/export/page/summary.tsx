import type { RunState } from "@/lib/model/types";
import type { RunPageView } from "@/lib/prepare/run-page";
import { Chip, Note } from "./chip";

const STATE_TONE: Record<RunState, string> = { complete: "ok", running: "live", error: "bad", timeout: "warn", interrupted: "" };

/** The run header: question, state and why, winner, numbers, agents and models. */
export function Summary({ run }: { run: RunPageView }) {
  return (
    <section className="card" id="summary" aria-label="Summary" data-testid="bundle-summary">
      <p className="title" title={run.relPath}>
        {run.title}
      </p>
      <h1 className="question">{run.question ?? <span className="muted">No question recorded</span>}</h1>
      <div className="row">
        <span className={`badge ${STATE_TONE[run.state]}`}>{run.state}</span>
        <span className="muted small">{run.stateReason}</span>
        {run.superseded ? <span className="flag">superseded by a later attempt</span> : null}
        <span className="row" style={{ marginLeft: "auto" }} data-testid="bundle-winner">
          <span className="muted">Winner</span>
          {run.winner ? <Chip text={run.winner} color={run.winnerColor} /> : <span>{run.state === "running" ? "not decided yet" : "none recorded"}</span>}
        </span>
      </div>
      <div className="stats">
        {run.stats.map((s) => (
          <div className="stat" key={s.label} title={s.title}>
            <b>{s.label}</b>
            <span>{s.value ?? "—"}</span>
          </div>
        ))}
      </div>
      <table>
        <thead>
          <tr>
            <th>Agent</th>
            <th>Model</th>
            <th>Backend</th>
            <th className="num">Answers</th>
            <th className="num">Votes cast</th>
          </tr>
        </thead>
        <tbody>
          {run.agents.map((a) => (
            <tr key={a.id}>
              <td>
                <Chip text={a.id} color={a.color} /> {a.isWinner ? <span className="badge ok">winner</span> : null}
              </td>
              <td className="mono small">{a.model ?? "—"}</td>
              <td className="small">{a.backend ?? "—"}</td>
              <td className="num">{a.answers}</td>
              <td className="num">{a.votesCast}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {run.parseIssues.length ? (
        <div style={{ marginTop: 12 }}>
          <Note warn>
            {run.parseIssues.length} file problem(s) while reading this run: {run.parseIssues.slice(0, 5).map((i) => `${i.file}: ${i.message}`).join("; ")}
          </Note>
        </div>
      ) : null}
    </section>
  );
}
