/** The log roots being served, shortened to fit the header; full paths in the title. */
export function RootsIndicator({ roots, demo }: { roots: string[]; demo: boolean }) {
  if (roots.length === 0 && !demo) return null;
  const first = roots[0];
  return (
    <div className="flex min-w-0 items-center gap-2 text-[12px] text-muted" title={roots.join("\n")} data-testid="roots">
      {demo && (
        <span className="rounded bg-accent-soft px-1.5 py-0.5 text-[11px] font-medium text-accent">demo</span>
      )}
      {first && (
        <>
          <span className="shrink-0 text-subtle">Logs</span>
          <code className="truncate font-mono text-[12px] text-foreground" dir="rtl">
            {/* rtl + bdi: truncate from the left so the meaningful tail of the path stays visible */}
            <bdi>{first}</bdi>
          </code>
          {roots.length > 1 && <span className="shrink-0 text-subtle">+{roots.length - 1}</span>}
        </>
      )}
    </div>
  );
}
