import { z } from "zod";
import { errorResponse, httpError } from "@/lib/server/http-errors";
import { getTraceOutline, listTraceFiles, locateRun, readBlockPart, searchTrace } from "@/lib/server/trace-reader";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Execution traces of one attempt, in parts (issue #3):
 *   ?turn&attempt                      → { files }            list mode
 *   …&file=<RUN-relative trace path>   → outline              blocks with byte spans
 *   …&file&block=<i>[&offset=<bytes>]  → one part of a block  range mode
 *   …&file&q=<text>                    → search hits by block
 */

const runNumber = z.string().regex(/^[1-9][0-9]{0,5}$/).transform(Number).optional();
const count = z.string().regex(/^(0|[1-9][0-9]{0,11})$/).transform(Number).optional();

/** A trace inside the RUN dir: `<agent>/<ts>/execution_trace.md` or `final/<agent>/execution_trace.md`. */
const tracePath = z
  .string()
  .max(1024)
  .refine((p) => !/[\0\\]|%(?:2e|2f|5c|00)/i.test(p), "bad characters")
  .refine((p) => !p.startsWith("/") && !/^[a-zA-Z]:/.test(p), "absolute path")
  .refine((p) => p.split("/").every((seg) => seg !== "" && seg !== "." && seg !== ".."), "path traversal")
  .refine((p) => /^[^/]+\/[^/]+\/execution_trace\.md$/.test(p), "not an execution trace path")
  .optional();

const querySchema = z.object({
  turn: runNumber,
  attempt: runNumber,
  file: tracePath,
  block: count,
  offset: count,
  q: z.string().min(1).max(200).optional(),
});

/** Route params may arrive percent-encoded; decode once, tolerating bad escapes. */
function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export async function GET(request: Request, ctx: { params: Promise<{ log: string }> }): Promise<Response> {
  try {
    const { log } = await ctx.params;
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) throw httpError("bad_request", `invalid query: ${parsed.error.issues[0]?.message ?? "?"}`);
    const { turn, attempt, file, block, offset, q } = parsed.data;
    const run = await locateRun(decodeSegment(log), turn ?? null, attempt ?? null);
    const headers = { "Cache-Control": "no-store" };
    if (file === undefined) return Response.json({ files: await listTraceFiles(run.root, run.relPath) }, { headers });
    if (q !== undefined) return Response.json(await searchTrace(run.root, run.relPath, file, q), { headers });
    if (block !== undefined) return Response.json(await readBlockPart(run.root, run.relPath, file, block, offset ?? 0), { headers });
    return Response.json(await getTraceOutline(run.root, run.relPath, file), { headers });
  } catch (err) {
    return errorResponse(err);
  }
}
