import { z } from "zod";
import { prepareRunsWire } from "@/lib/prepare/runs-table";
import { errorResponse, httpError } from "@/lib/server/http-errors";
import { getIndex } from "@/lib/server/queries";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Log ids as the list and the SSE events name them; a burst of changes fits well under the cap. */
const querySchema = z.array(z.string().min(1).max(512)).min(1).max(200);

/**
 * GET /api/rows?log=<id>&log=<id>… — the runs list rows of some logs, in the
 * list page's wire format (lib/prepare/runs-table.ts). The list patches these
 * into what it shows when SSE says those logs changed (issue 5), instead of
 * re-rendering 2,000 rows. A log that no longer exists has no rows: the list drops it.
 */
export async function GET(request: Request): Promise<Response> {
  try {
    const ids = querySchema.safeParse(new URL(request.url).searchParams.getAll("log"));
    if (!ids.success) throw httpError("bad_request", "Expected 1 to 200 `log` parameters.");
    const index = await getIndex();
    const wanted = new Set(ids.data);
    const wire = prepareRunsWire(index.logs.filter((l) => wanted.has(l.id)));
    return Response.json({ version: index.version, logs: ids.data, wire }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return errorResponse(e);
  }
}
