/**
 * Panels that make the printed document, in order (issue 7 "print
 * stylesheet"). Not in print-view.tsx: a server component cannot read plain
 * values from a "use client" module.
 */
export const PRINT_TABS = [
  { tab: "votes", title: "Votes" },
  { tab: "charts", title: "Charts" },
  { tab: "timeline", title: "Timeline" },
] as const;
