import { Button } from "@/components/ui/button";

/** Shown inside the table when filters hide every row (not the "no logs at all" empty state). */
export function NoMatches({ onReset }: { onReset: () => void }) {
  return (
    <div className="flex flex-col items-center gap-2 px-6 py-16 text-center" data-testid="runs-no-matches">
      <p className="text-[13px] font-medium">No runs match these filters</p>
      <p className="text-[12px] text-muted">Try a different search, or clear the filters to see every run.</p>
      <Button size="sm" onClick={onReset} className="mt-1">
        Clear filters
      </Button>
    </div>
  );
}
