"use client";

import { type ReactNode, useEffect } from "react";
import { Button } from "@/components/ui/button";

/** Recharts' ResponsiveContainer measures after mount; give it a moment before the print dialog snapshots the page. */
const SETTLE_MS = 700;

/**
 * The run as one paged document (`?print=1`): every printable panel stacked,
 * the print dialog opened once they have drawn. On screen a bar offers to go back.
 */
export function PrintView({ children }: { children: ReactNode }) {
  useEffect(() => {
    const timer = setTimeout(() => window.print(), SETTLE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="flex flex-col gap-6" data-testid="print-view">
      <div data-print="hide" className="flex items-center gap-3 rounded-lg border border-border bg-surface px-4 py-2 text-[13px] text-muted">
        Print layout: summary, votes, charts and timeline.
        <Button size="sm" variant="outline" className="ml-auto" onClick={() => window.print()}>
          Print…
        </Button>
        <Button size="sm" variant="ghost" onClick={() => goToPrintView(false)}>
          Back to the run
        </Button>
      </div>
      {children}
    </div>
  );
}

export function PrintSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2">
      <h2 className="text-[15px] font-semibold tracking-tight">{title}</h2>
      {children}
    </section>
  );
}

/** Opens the print layout of this run (Ctrl+P on a run page does the same). */
export function PrintButton() {
  return (
    <Button size="sm" variant="ghost" className="h-6 px-1.5 text-[11px]" title="Print the run: summary, votes, charts and timeline (Ctrl+P)" data-testid="print-run" onClick={() => goToPrintView(true)}>
      Print
    </Button>
  );
}

/** A full navigation: the server renders every printable panel only for `?print=1`. */
export function goToPrintView(on: boolean): void {
  const url = new URL(window.location.href);
  if (on) url.searchParams.set("print", "1");
  else url.searchParams.delete("print");
  window.location.assign(url.toString());
}
