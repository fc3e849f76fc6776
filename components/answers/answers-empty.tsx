/** No answers in this attempt: say why instead of showing a blank panel. */
export function AnswersEmpty({ title, detail }: { title: string; detail: string }) {
  return (
    <section
      data-testid="answers-panel"
      aria-label="Answers"
      className="flex flex-col gap-1 rounded-lg border border-dashed border-border-strong bg-surface px-6 py-8 text-center"
    >
      <h2 className="text-[14px] font-semibold tracking-tight" data-testid="answers-empty">
        {title}
      </h2>
      <p className="text-[13px] text-muted">{detail}</p>
    </section>
  );
}
