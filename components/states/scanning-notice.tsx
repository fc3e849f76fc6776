/** The initial index scan is still running: the list is incomplete, not empty. */
export function ScanningNotice() {
  return (
    <div role="status" className="flex items-center gap-2 text-[12px] text-muted" data-testid="scanning">
      <span aria-hidden className="live-pulse inline-block size-1.5 rounded-full bg-live" />
      Scanning log directories…
    </div>
  );
}
