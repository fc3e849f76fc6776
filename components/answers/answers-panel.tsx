"use client";

import { useState } from "react";
import { useUrlState } from "@/components/permalink/use-url-state";
import { type AnswerItemView, type AnswersView, type FinalAnswerView, filterAnswers } from "@/lib/prepare/answers";
import { AgentFilter } from "./agent-filter";
import { AnswerDetail } from "./answer-detail";
import { AnswerList } from "./answer-list";
import { AnswersEmpty } from "./answers-empty";
import { ContextPanel } from "./context-panel";
import { FinalAnswerCard } from "./final-answer-card";
import type { ContextTarget, RunRef } from "./use-snapshot-context";

export interface AnswersPanelProps extends RunRef {
  /** from prepareAnswers(model, { workspaceListing }) */
  view: AnswersView;
}

const FINAL = "final";
const readAgent = (p: URLSearchParams) => p.get("agent");
const writeAgent = (agent: string | null) => ({ agent });

/**
 * Every answer of the attempt (issue 3 "Answers"): a list on the left, the
 * selected answer (or the final answer) on the right, and, on demand, what
 * the agent had seen (its context.txt) in a side panel.
 */
export function AnswersPanel({ view, logId, turn, attempt }: AnswersPanelProps) {
  // The agent filter is the page's focused agent (`?agent=`), so a link restores it.
  const [agent, setAgent] = useUrlState(readAgent, writeAgent);
  const [selected, setSelected] = useState<string>(view.final ? FINAL : (view.items[view.items.length - 1]?.key ?? FINAL));
  // The side panel follows the selection, so it stays open while the user steps through answers.
  const [contextOpen, setContextOpen] = useState(false);
  if (view.empty) return <AnswersEmpty title={view.empty.title} detail={view.empty.detail} />;

  const items = filterAnswers(view.items, agent);
  const current = view.items.find((a) => a.key === selected) ?? null;
  const previous = current?.previousKey ? (view.items.find((a) => a.key === current.previousKey) ?? null) : null;
  const showFinal = selected === FINAL && view.final !== null;
  const context = contextOpen ? contextTarget(showFinal ? view.final : null, current) : null;
  const toggleContext = () => setContextOpen((o) => !o);

  return (
    <section data-testid="answers-panel" aria-label="Answers" className="flex flex-col gap-3">
      <AgentFilter agents={view.agents} active={agent} onChange={setAgent} />
      <div
        className={
          context
            ? "grid gap-4 lg:grid-cols-[210px_minmax(0,1fr)] xl:grid-cols-[210px_minmax(0,1fr)_minmax(0,360px)]"
            : "grid gap-4 lg:grid-cols-[210px_minmax(0,1fr)]"
        }
      >
        <AnswerList items={items} final={view.final} selected={selected} onSelect={setSelected} />
        <div className="min-w-0">
          {showFinal && view.final ? (
            <FinalAnswerCard final={view.final} contextOpen={contextOpen} onToggleContext={toggleContext} />
          ) : current ? (
            <AnswerDetail
              key={current.key}
              answer={current}
              previous={previous}
              contextOpen={contextOpen}
              onToggleContext={toggleContext}
            />
          ) : (
            <p className="rounded-lg border border-dashed border-border-strong px-4 py-6 text-[13px] text-muted">Select an answer.</p>
          )}
        </div>
        {context && <ContextPanel run={{ logId, turn, attempt }} target={context} onClose={() => setContextOpen(false)} />}
      </div>
    </section>
  );
}

function contextTarget(final: FinalAnswerView | null, current: AnswerItemView | null): ContextTarget | null {
  if (final) return { dir: final.contextDir, label: "Final presentation" };
  return current ? { dir: current.snapshotDir, label: current.label } : null;
}
