import type { ReactNode } from "react";
import type { ParseIssue } from "@/lib/model/types";
import type { ContextView } from "@/lib/prepare/answers-context";

/**
 * A prepared context.txt (FORMAT.md §3.7). Everything here is prompt or agent
 * text: shown as plain text in pre-wrapped blocks, never as markdown or HTML.
 */
export function ContextBody({ view, issues }: { view: ContextView; issues: ParseIssue[] }) {
  return (
    <div className="flex flex-col gap-3 text-[12px]">
      {issues.map((i) => (
        <p key={i.message} className="rounded border border-warn/30 bg-warn-soft px-2 py-1 text-warn">
          {i.message}
        </p>
      ))}
      {view.kind === "round" ? (
        <>
          <Section title="Task">{view.task ? <Text>{view.task}</Text> : <Muted>No ORIGINAL MESSAGE block in the user message.</Muted>}</Section>
          <Section title={`Answers shown (${view.seenAnswers.length})`}>
            {view.seenAnswers.length === 0 ? (
              <Muted>No other answers yet: this was a first round.</Muted>
            ) : (
              view.seenAnswers.map((a, i) => (
                <Fold key={`${i}:${a.label}`} summary={<span className="font-mono font-medium">{a.label}</span>}>
                  <Text>{a.text}</Text>
                </Fold>
              ))
            )}
          </Section>
          <Section title="Tools">
            {view.tools.length ? (
              <ul className="flex flex-wrap gap-1">
                {view.tools.map((t, i) => (
                  <li key={`${i}:${t}`} className="rounded border border-border bg-background px-1.5 font-mono text-[11px]">
                    {t}
                  </li>
                ))}
              </ul>
            ) : (
              <Muted>No tools were offered.</Muted>
            )}
          </Section>
          <Muted>
            Conversation history: {view.historyCount === null ? "none sent" : `${view.historyCount} earlier message${view.historyCount === 1 ? "" : "s"}`}
          </Muted>
          {view.systemMessage !== null && <Fold summary="System message"><Text>{view.systemMessage}</Text></Fold>}
          {view.userMessage !== null && <Fold summary="Full user message"><Text>{view.userMessage}</Text></Fold>}
        </>
      ) : view.kind === "final" ? (
        <>
          {view.voteSummary && (
            <Section title="Vote summary">
              <Text>{view.voteSummary}</Text>
            </Section>
          )}
          {view.voteCounts.length > 0 && (
            <Section title="Vote counts">
              <ul className="flex flex-col gap-0.5">
                {view.voteCounts.map((v) => (
                  <li key={v.agentId} className="flex justify-between gap-2">
                    <span className="truncate font-mono">{v.agentId}</span>
                    <span className="tabular-nums">{v.votes}</span>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {view.answerCount !== null && <Muted>Answers given to the presenter: {view.answerCount}</Muted>}
          <Section title={`Messages (${view.messages.length})`}>
            {view.messages.map((m, i) => (
              <Fold key={i} summary={<span className="font-mono">{m.role}</span>}>
                <Text>{m.content}</Text>
              </Fold>
            ))}
          </Section>
        </>
      ) : (
        <Section title="context.txt (plain text)">
          <Text>{view.text}</Text>
        </Section>
      )}
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-1.5">
      <h4 className="text-[11px] font-semibold tracking-wide text-muted uppercase">{title}</h4>
      {children}
    </section>
  );
}

function Fold({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  return (
    <details className="rounded border border-border bg-background">
      <summary className="cursor-pointer px-2 py-1 select-none">{summary}</summary>
      <div className="border-t border-border px-2 py-1.5">{children}</div>
    </details>
  );
}

function Text({ children }: { children: string }) {
  return <div className="max-h-[360px] overflow-y-auto break-words whitespace-pre-wrap">{children}</div>;
}

function Muted({ children }: { children: ReactNode }) {
  return <p className="text-muted">{children}</p>;
}
