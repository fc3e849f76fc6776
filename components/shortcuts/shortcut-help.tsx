"use client";

import { useEffect, useRef } from "react";
import { SHORTCUTS } from "./shortcut-list";

/** The `?` panel: a native modal dialog (focus trap, Esc and backdrop for free). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      onClick={(e) => e.target === ref.current && onClose()}
      aria-labelledby="shortcut-help-title"
      data-testid="shortcut-help"
      className="m-auto w-[420px] max-w-[calc(100vw-2rem)] rounded-lg border border-border bg-background p-0 text-foreground shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-center justify-between border-b border-border px-4 py-2.5">
        <h2 id="shortcut-help-title" className="text-[13px] font-semibold">
          Keyboard shortcuts
        </h2>
        <button type="button" onClick={onClose} aria-label="Close" className="rounded px-1.5 text-muted hover:bg-surface-2 hover:text-foreground">
          ×
        </button>
      </div>
      <dl className="flex flex-col gap-2 px-4 py-3 text-[13px]">
        {SHORTCUTS.map((s) => (
          <div key={s.what} className="flex items-center gap-3">
            <dt className="flex w-24 shrink-0 gap-1">
              {s.keys.map((k) =>
                k === "…" ? (
                  <span key={k} className="text-subtle">
                    –
                  </span>
                ) : (
                  <kbd key={k} className="min-w-6 rounded border border-border-strong bg-surface px-1.5 text-center font-mono text-[12px]">
                    {k}
                  </kbd>
                ),
              )}
            </dt>
            <dd className="text-muted">{s.what}</dd>
          </div>
        ))}
      </dl>
      <p className="border-t border-border px-4 py-2 text-[11px] text-subtle">Shortcuts never fire while you type in a field.</p>
    </dialog>
  );
}
