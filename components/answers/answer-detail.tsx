"use client";

import { useState } from "react";
import type { AnswerItemView } from "@/lib/prepare/answers";
import { Markdown } from "@/components/markdown/markdown";
import { AgentChip } from "@/components/ui/agent-chip";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { AnswerDiffView } from "./answer-diff";
import { ContextButton } from "./context-button";

/** One answer as sanitized markdown, or as a word diff against the same agent's previous answer. */
export function AnswerDetail({
  answer,
  previous,
  contextOpen,
  onToggleContext,
}: {
  answer: AnswerItemView;
  previous: AnswerItemView | null;
  contextOpen: boolean;
  onToggleContext: () => void;
}) {
  const [diff, setDiff] = useState(false);
  const canDiff = previous?.text != null && answer.text !== null;
  const diffWhy = !previous
    ? "This is the agent's first answer: nothing to compare with."
    : canDiff
      ? `Word-level changes since ${previous.label}`
      : "The text of one of the two answers was not recorded.";
  return (
    <Card data-testid="answer-detail" data-label={answer.label}>
      <CardHeader className="flex-wrap">
        <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
          <span className="font-mono text-[13px] font-semibold">{answer.label}</span>
          <AgentChip id={answer.agentId} color={answer.color} />
          <span className="text-[12px] text-muted tabular-nums" title={answer.time ?? undefined}>
            {answer.time ?? "time not recorded"}
            {answer.offset && <span className="ml-1.5 text-subtle">({answer.offset} into the run)</span>}
          </span>
        </div>
        <div className="flex items-center gap-2">
          <label className="inline-flex items-center gap-1.5 text-[12px] text-muted" title={diffWhy}>
            <input
              type="checkbox"
              checked={diff && canDiff}
              disabled={!canDiff}
              onChange={(e) => setDiff(e.target.checked)}
              data-testid="answer-diff-toggle"
              className="accent-foreground"
            />
            Diff vs {previous ? previous.label : "previous answer"}
          </label>
          <ContextButton
            open={contextOpen}
            onClick={onToggleContext}
            title={answer.snapshotDir ? `context.txt of ${answer.snapshotDir}` : "No snapshot directory was found for this answer."}
          >
            What the agent had seen
          </ContextButton>
        </div>
      </CardHeader>
      <CardBody className="px-5 py-4" data-testid="answer-body">
        {diff && canDiff && previous?.text != null && answer.text !== null ? (
          <AnswerDiffView previous={previous.text} current={answer.text} />
        ) : answer.text === null ? (
          <p className="text-[13px] text-muted">
            The text of this answer was not recorded: no answer.txt snapshot matched it (MassGen writes them from v0.0.19).
          </p>
        ) : answer.text.trim() ? (
          <Markdown text={answer.text} />
        ) : (
          <p className="text-[13px] text-muted">This answer is empty.</p>
        )}
      </CardBody>
    </Card>
  );
}
