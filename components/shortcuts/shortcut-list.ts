/** What the `?` panel lists; the handlers live in shortcut-actions.ts. */
export const SHORTCUTS: readonly { keys: string[]; what: string }[] = [
  { keys: ["/"], what: "Search (runs list, or the trace on a run page)" },
  { keys: ["j", "k"], what: "Next / previous run in the list; Enter opens it" },
  { keys: ["1", "…", "9"], what: "Focus an agent of the run (again to clear)" },
  { keys: ["t"], what: "Toggle light / dark theme" },
  { keys: ["?"], what: "Show or hide this help" },
  { keys: ["Esc"], what: "Close this help" },
];
