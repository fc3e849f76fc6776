"use client";

import { useMemo } from "react";
import { diffAnswerWords } from "@/lib/prepare/answers-diff";

/**
 * Word diff as plain text (never markdown, never HTML): removed words struck
 * through in red, added words in green. Computed only while shown.
 */
export function AnswerDiffView({ previous, current }: { previous: string; current: string }) {
  const diff = useMemo(() => diffAnswerWords(previous, current), [previous, current]);
  if (diff.kind === "too-large") {
    return (
      <p className="text-[13px] text-muted" data-testid="answer-diff">
        {diff.message}
      </p>
    );
  }
  return (
    <div data-testid="answer-diff" className="flex flex-col gap-2">
      <p className="text-[12px] text-muted">
        <span className="text-ok">+{diff.addedWords} words</span> · <span className="text-bad">−{diff.removedWords} words</span>
        {diff.granularity === "mixed" && " · some long passages are compared line by line"}
      </p>
      <div className="font-mono text-[12.5px] leading-relaxed break-words whitespace-pre-wrap">
        {diff.segments.map((s, i) =>
          s.kind === "added" ? (
            <ins key={i} className="rounded-sm bg-ok-soft text-ok no-underline" data-diff="added">
              {s.text}
            </ins>
          ) : s.kind === "removed" ? (
            <del key={i} className="rounded-sm bg-bad-soft text-bad line-through" data-diff="removed">
              {s.text}
            </del>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
