"use client";

import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";

export interface ExportAction {
  id: "copy" | "png" | "svg" | "csv";
  label: string;
  title: string;
}

/** A row of small export buttons with a short status ("Copied", "Failed …") read out politely. */
export function ExportToolbar({
  actions,
  onRun,
  name,
  before,
}: {
  actions: ExportAction[];
  /** performs the action; a returned string is shown as its status */
  onRun: (id: ExportAction["id"]) => Promise<string | void>;
  name: string;
  before?: ReactNode;
}) {
  const [status, setStatus] = useState<string | null>(null);
  const run = async (a: ExportAction) => {
    try {
      setStatus((await onRun(a.id)) || null);
    } catch (e) {
      setStatus(`Failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    setTimeout(() => setStatus(null), 2500);
  };
  return (
    <div role="toolbar" aria-label={`Export ${name}`} className="flex items-center gap-0.5" data-testid="export-toolbar">
      <span className="mr-1 text-[11px] text-muted" aria-live="polite" data-testid="export-status">
        {status}
      </span>
      {before}
      {actions.map((a) => (
        <Button key={a.id} size="sm" variant="ghost" title={a.title} onClick={() => run(a)} data-testid={`export-${a.id}`} className="h-6 px-1.5 text-[11px]">
          {a.label}
        </Button>
      ))}
    </div>
  );
}
