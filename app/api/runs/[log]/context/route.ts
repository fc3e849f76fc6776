import { contextQuerySchema, readSnapshotContext } from "@/lib/server/context-reader";
import { errorResponse, httpError } from "@/lib/server/http-errors";
import { getAttempt } from "@/lib/server/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/runs/<log>/context?turn=&attempt=&dir=<agent>/<ts>
 * One snapshot's context.txt, prepared for the answers panel (issue 3 "Answers").
 * `dir` is RUN-relative; traversal and absolute paths are refused with 400.
 */
export async function GET(request: Request, { params }: { params: Promise<{ log: string }> }): Promise<Response> {
  try {
    const { log } = await params;
    const query = contextQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw httpError("bad_request", query.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
    const { turn, attempt, dir } = query.data;
    const found = await getAttempt(decodeSegment(log), turn ?? null, attempt ?? null);
    if (!found) throw httpError("not_found", "No such run.");
    const result = await readSnapshotContext(found.log.root, found.model.relPath, dir);
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e);
  }
}

/** The log id may arrive percent-encoded; a bad escape is kept as is (and then not found). */
function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
