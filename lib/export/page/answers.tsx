import type { AnswersView } from "@/lib/prepare/answers";
import { Card, Chip, Note } from "./chip";
import { clip } from "./limits";
import { StaticMarkdown } from "./markdown";

/** The winner's final answer open, every answer of the run folded below it (native <details>). */
export function Answers({ view, maxText }: { view: AnswersView; maxText: number }) {
  const f = view.final;
  return (
    <Card id="answers" title="Answers" note={`${view.items.length} answers from ${view.agents.length} agents`}>
      {view.empty ? (
        <Note>
          {view.empty.title}: {view.empty.detail}
        </Note>
      ) : null}
      {f ? (
        <details open className="winner" data-testid="bundle-final-answer">
          <summary>
            <b>Final answer</b> <Chip text={f.label ?? f.agentId} color={f.color} />
            <span className="muted small mono">{f.file}</span>
          </summary>
          <StaticMarkdown text={clip(f.text, maxText)} />
        </details>
      ) : null}
      {view.items.map((a) => (
        <details key={a.key}>
          <summary>
            <Chip text={a.label} color={a.color} />
            <span className="muted small">{[a.time, a.offset].filter(Boolean).join(" · ")}</span>
            {a.previousLabel ? <span className="muted small">revises {a.previousLabel}</span> : null}
          </summary>
          {a.text === null ? <p className="muted small" style={{ padding: "0 16px" }}>Answer text not recorded.</p> : <StaticMarkdown text={clip(a.text, maxText)} />}
        </details>
      ))}
    </Card>
  );
}
