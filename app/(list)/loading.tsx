/** Skeleton of the runs list while the index is read. */
export default function Loading() {
  return (
    <div className="mx-auto flex h-full max-w-[1400px] flex-col gap-4 px-6 pt-5 pb-6" aria-busy="true" aria-label="Loading runs">
      <div className="h-11 w-64 animate-pulse rounded-md bg-surface-2" />
      <div className="flex gap-2">
        {[288, 88, 128, 200].map((w) => (
          <div key={w} className="h-8 animate-pulse rounded-md bg-surface-2" style={{ width: w }} />
        ))}
      </div>
      <div className="flex flex-1 flex-col rounded-lg border border-border">
        <div className="h-9 border-b border-border bg-surface" />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex h-[52px] items-center gap-4 border-b border-border px-5">
            <div className="h-3 w-20 animate-pulse rounded bg-surface-2" />
            <div className="h-3 flex-1 animate-pulse rounded bg-surface-2" />
            <div className="h-3 w-32 animate-pulse rounded bg-surface-2" />
            <div className="h-3 w-16 animate-pulse rounded bg-surface-2" />
          </div>
        ))}
      </div>
    </div>
  );
}
