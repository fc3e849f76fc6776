import { z } from "zod";

/**
 * Client side of app/api/runs/[log]/report. Answers are checked with zod at
 * this boundary (the route's types live behind the server-only line).
 */

const existingSchema = z.object({ content: z.string(), empty: z.boolean(), sha256: z.string() });
const previewSchema = z.object({
  markdown: z.string(),
  reportPath: z.string(),
  exists: z.boolean(),
  existing: existingSchema.nullable(),
});
const savedSchema = z.object({ reportPath: z.string(), replaced: z.boolean(), indexed: z.boolean() });

export type ReportPreview = z.infer<typeof previewSchema>;
export type SavedReport = z.infer<typeof savedSchema>;

export interface ReportTarget {
  logId: string;
  turn: number | null;
}

/** A failed request; `conflict` (409) means the report changed on disk since it was read. */
export class ReportApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ReportApiError";
  }
  get conflict(): boolean {
    return this.status === 409;
  }
}

const url = (t: ReportTarget, query = "") => `/api/runs/${encodeURIComponent(t.logId)}/report${query}`;

export async function fetchReport(t: ReportTarget, signal?: AbortSignal): Promise<ReportPreview> {
  const res = await fetch(url(t, t.turn === null ? "" : `?turn=${t.turn}`), { signal, cache: "no-store" });
  return previewSchema.parse(await readBody(res));
}

/** Saves the freshly generated report; `expectedSha256` is the report the user saw (null: none existed). */
export async function saveReport(t: ReportTarget, overwrite: boolean, expectedSha256: string | null): Promise<SavedReport> {
  const res = await fetch(url(t), {
    method: "POST",
    cache: "no-store",
    // The custom header is what the route's write guard requires (issue 8).
    headers: { "Content-Type": "application/json", "X-Massgen-Dash": "1" },
    body: JSON.stringify({ turn: t.turn, overwrite, expectedSha256 }),
  });
  return savedSchema.parse(await readBody(res));
}

async function readBody(res: Response): Promise<unknown> {
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body;
  const msg = (body as { error?: { message?: unknown } } | null)?.error?.message;
  throw new ReportApiError(typeof msg === "string" ? msg : `The server answered ${res.status}.`, res.status);
}
