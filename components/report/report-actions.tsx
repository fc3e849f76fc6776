"use client";

import { Button } from "@/components/ui/button";

interface Props {
  exists: boolean;
  drafting: boolean;
  busy: boolean;
  onGenerate: () => void;
  onSave: () => void;
  onDiscard: () => void;
  /** Copy and Download of the shown report; absent when no report is shown */
  exports: { subject: string; onCopy: () => void; onDownload: () => void } | null;
}

/** The panel header's buttons: Generate or Regenerate, then Save/Discard for a draft; Copy and Download of whatever report is shown. */
export function ReportActions({ exists, drafting, busy, onGenerate, onSave, onDiscard, exports }: Props) {
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {exports && (
        <>
          <Button size="sm" variant="ghost" onClick={exports.onCopy} title={`Copy ${exports.subject} as markdown`} data-testid="report-copy">
            Copy markdown
          </Button>
          <Button size="sm" variant="ghost" onClick={exports.onDownload} title={`Download ${exports.subject} as a .md file`} data-testid="report-download">
            Download
          </Button>
          <span className="mx-1 h-4 w-px bg-border" aria-hidden />
        </>
      )}
      {drafting ? (
        <>
          <Button size="sm" variant="outline" onClick={onDiscard} disabled={busy} data-testid="report-discard">
            Discard
          </Button>
          <Button size="sm" variant="primary" onClick={onSave} disabled={busy} data-testid="report-save">
            {exists ? "Save…" : "Save"}
          </Button>
        </>
      ) : exists ? (
        <Button size="sm" variant="outline" onClick={onGenerate} disabled={busy} data-testid="report-regenerate">
          Regenerate
        </Button>
      ) : (
        <Button size="sm" variant="primary" onClick={onGenerate} disabled={busy} data-testid="report-generate">
          Generate report
        </Button>
      )}
    </div>
  );
}
