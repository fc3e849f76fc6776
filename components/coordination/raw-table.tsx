/** coordination_table.txt exactly as written (FORMAT.md §4.1): monospace, no wrapping, scrolling inside the panel. */
export function RawTable({ text, note }: { text: string | null; note: string | null }) {
  if (text === null) {
    return (
      <p data-testid="coord-raw" className="rounded-lg border border-dashed border-border p-4 text-[13px] text-muted">
        {note ??
          "No coordination_table.txt in this run. MassGen writes it together with coordination_events.json (since v0.0.19) when a run ends, so live and interrupted runs have none."}
      </p>
    );
  }
  return (
    <pre
      data-testid="coord-raw"
      className="max-h-[70vh] overflow-auto rounded-lg border border-border bg-surface p-3 font-mono text-[12px] leading-[1.35]"
      style={{ whiteSpace: "pre" }}
    >
      {text}
    </pre>
  );
}
