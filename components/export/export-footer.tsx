"use client";

import { provenanceParts } from "@/lib/prepare/export-provenance";
import { useProvenance } from "./provenance-context";

/**
 * Provenance line inside every exported image (log dir, turn/attempt, MassGen
 * version, run date). Hidden on screen; globals.css shows it while the panel
 * is captured (`[data-capturing]`) and, for `print`, on paper.
 */
export function ExportFooter({ print = false }: { print?: boolean }) {
  const p = useProvenance();
  if (!p) return null;
  return (
    <p className="export-footer" data-print={print ? "show" : undefined} data-testid="export-footer">
      <span className="font-semibold">massgen-dash</span>
      {provenanceParts(p).map((part) => (
        <span key={part}>{part}</span>
      ))}
    </p>
  );
}
