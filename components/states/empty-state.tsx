/**
 * No logs found. Says exactly which directories were scanned and what was
 * expected inside, so the user can tell a wrong path from a fresh install.
 */
export function EmptyState({ roots }: { roots: string[] }) {
  return (
    <div
      data-testid="empty-state"
      className="mx-auto mt-16 flex max-w-xl flex-col gap-4 rounded-xl border border-dashed border-border-strong bg-surface px-8 py-10"
    >
      <div>
        <h2 className="text-[15px] font-semibold tracking-tight">No MassGen runs found</h2>
        <p className="mt-1 text-[13px] text-muted">
          massgen-dash looked for <code className="font-mono text-foreground">log_*</code> directories, the ones MassGen
          writes under <code className="font-mono text-foreground">.massgen/massgen_logs</code>, in:
        </p>
      </div>
      <ul className="flex flex-col gap-1" aria-label="Scanned directories">
        {roots.length === 0 ? (
          <li className="text-[13px] text-muted">No log directory was configured.</li>
        ) : (
          roots.map((r) => (
            <li key={r} className="rounded-md border border-border bg-background px-3 py-1.5 font-mono text-[12px] break-all">
              {r}
            </li>
          ))
        )}
      </ul>
      <div className="text-[13px] text-muted">
        <p>Run MassGen from that project, or point the dashboard at another log directory:</p>
        <pre className="mt-2 rounded-md bg-foreground px-3 py-2 font-mono text-[12px] text-background">
          massgen-dash --logs DIR
        </pre>
        <p className="mt-2">New runs appear here on their own, no restart needed.</p>
      </div>
    </div>
  );
}
