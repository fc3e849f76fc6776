/** An expected failure: printed as one line on stderr, exit code 1, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function errorLine(err: unknown): string {
  if (err instanceof CliError) return err.message;
  const e = err as NodeJS.ErrnoException;
  if (e?.code === "EACCES" || e?.code === "EPERM") return `permission denied${e.path ? `: ${e.path}` : ""}`;
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split("\n")[0] ?? "unexpected error";
}
