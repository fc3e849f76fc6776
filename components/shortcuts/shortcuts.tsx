"use client";

import { useEffect, useState } from "react";
import { isPrintKey, isTypingTarget, printRun, runShortcut } from "./shortcut-actions";
import { ShortcutHelp } from "./shortcut-help";

/** Global keyboard shortcuts and the `?` help; a button opens the help for mouse users too. */
export function Shortcuts() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isPrintKey(e) && printRun()) return e.preventDefault();
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (runShortcut(e.key, () => setOpen((o) => !o))) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        data-testid="shortcuts-button"
        className="inline-flex size-7 shrink-0 items-center justify-center rounded-md border border-border text-[12px] font-semibold text-muted hover:bg-surface-2 hover:text-foreground"
      >
        ?
      </button>
      <ShortcutHelp open={open} onClose={() => setOpen(false)} />
    </>
  );
}
