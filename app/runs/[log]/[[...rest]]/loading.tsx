/** Skeleton of a run page: header, stats strip, answer card. */
export default function RunLoading() {
  return (
    <div className="mx-auto flex max-w-[1240px] flex-col gap-4 px-6 pt-5 pb-10" aria-busy="true" aria-label="Loading run">
      <div className="h-3 w-48 animate-pulse rounded bg-surface-2" />
      <div className="h-6 w-3/4 animate-pulse rounded bg-surface-2" />
      <div className="h-5 w-64 animate-pulse rounded bg-surface-2" />
      <div className="h-16 animate-pulse rounded-lg bg-surface-2" />
      <div className="h-64 animate-pulse rounded-lg bg-surface-2" />
    </div>
  );
}
