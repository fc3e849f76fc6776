/** Names of the files the winner left in its workspace: names only, never contents or links. */
export function WorkspaceFiles({ files, dir }: { files: string[] | null; dir: string }) {
  return (
    <div className="border-t border-border px-5 py-3" data-testid="workspace-files">
      <h3 className="text-[12px] font-semibold tracking-tight">
        Workspace files <span className="font-normal text-subtle">{files ? files.length : ""}</span>
      </h3>
      {files === null ? (
        <p className="mt-1 text-[12px] text-muted">No workspace directory was saved with the final answer ({dir}).</p>
      ) : files.length === 0 ? (
        <p className="mt-1 text-[12px] text-muted">The workspace directory is empty.</p>
      ) : (
        <ul className="mt-1.5 flex flex-wrap gap-1.5">
          {files.map((f) => (
            <li
              key={f}
              title={f}
              className="max-w-[320px] truncate rounded border border-border bg-surface px-1.5 py-0.5 font-mono text-[11.5px]"
              data-testid="workspace-file"
            >
              {f}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
