import { z } from "zod";
import { getServerConfig } from "@/lib/server/config";
import { allowedHosts, checkWriteRequest } from "@/lib/server/guards";
import { errorResponse, httpError } from "@/lib/server/http-errors";
import { previewReport, saveReport } from "@/lib/server/report-store";
import { getStore, type IndexStore } from "@/lib/server/store";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * ANALYSIS_REPORT.md of one turn (issue 6):
 *   GET  ?turn=N                                   → preview: fresh markdown + the existing report
 *   POST { turn, overwrite, expectedSha256 }        → save (same-origin + custom header only, issue 8)
 * `turn` is omitted (GET) or null (POST) for a flat G1–G3 log. Paths in
 * answers and errors are root-relative.
 */

const logIdSchema = z.string().min(1).max(255).regex(/^[^/\\\0]+$/).refine((s) => s !== "." && s !== "..");
const turnNumber = z.number().int().min(0).max(999_999);
const querySchema = z.object({ turn: z.string().regex(/^(0|[1-9][0-9]{0,5})$/).transform(Number).optional() });
const bodySchema = z.object({
  turn: turnNumber.nullable(),
  overwrite: z.boolean().default(false),
  expectedSha256: z.string().regex(/^([0-9a-f]{64})?$/).nullable().optional(),
});
const MAX_BODY = 4096;
/** How long a save waits for the index to list the turn as analyzed, so the runs list is right on the next view. */
const INDEX_WAIT_MS = 2000;

export async function GET(request: Request, ctx: { params: Promise<{ log: string }> }): Promise<Response> {
  try {
    const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!query.success) throw httpError("bad_request", "invalid turn number");
    const log = await findLog(await logIdParam(ctx));
    const preview = await previewReport(log.root, log.name, query.data.turn ?? null);
    return Response.json(preview, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}

export async function POST(request: Request, ctx: { params: Promise<{ log: string }> }): Promise<Response> {
  try {
    const cfg = getServerConfig();
    const verdict = checkWriteRequest(request.headers, allowedHosts(cfg.host, cfg.port));
    if (!verdict.ok) throw httpError("forbidden", `write refused: ${verdict.reason}`);
    if (!request.headers.get("content-type")?.startsWith("application/json")) throw httpError("bad_request", "expected a JSON body");
    const body = bodySchema.safeParse(await readJson(request));
    if (!body.success) throw httpError("bad_request", `invalid request: ${body.error.issues[0]?.message ?? "?"}`);
    const { turn, overwrite, expectedSha256 } = body.data;
    const log = await findLog(await logIdParam(ctx));
    const saved = await saveReport(log.root, log.name, turn, { overwrite, expectedSha256 });
    const indexed = await waitForAnalyzed(getStore(), log.id, turn, INDEX_WAIT_MS);
    return Response.json({ ...saved, indexed }, { headers: { "Cache-Control": "no-store" } });
  } catch (err) {
    return errorResponse(err);
  }
}

async function logIdParam(ctx: { params: Promise<{ log: string }> }): Promise<string> {
  const { log } = await ctx.params;
  let decoded = log;
  try {
    decoded = decodeURIComponent(log);
  } catch {
    // a bad escape is kept as is, and then not found
  }
  const id = logIdSchema.safeParse(decoded);
  if (!id.success) throw httpError("bad_request", "invalid log id");
  return id.data;
}

async function findLog(id: string): Promise<{ id: string; root: string; name: string }> {
  const store = getStore();
  await store.ready;
  const log = store.getView().logs.find((l) => l.id === id);
  if (!log) throw httpError("not_found", "No such log.");
  return log;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.length > MAX_BODY) throw httpError("bad_request", "request body too large");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw httpError("bad_request", "malformed JSON body");
  }
}

/**
 * The watcher picks the new file up (watch-tree.ts watches turn_N/ANALYSIS_REPORT.md);
 * this only waits for it, so a runs list opened right after the save already
 * shows ✓. Resolves false on timeout or when nothing watches; it never fails the save.
 */
function waitForAnalyzed(store: IndexStore, logId: string, turn: number | null, timeoutMs: number): Promise<boolean> {
  const isAnalyzed = () => {
    const t = store.getView().logs.find((l) => l.id === logId)?.turns.find((x) => x.turn === turn);
    return t?.analyzed === true && !t.reportEmpty;
  };
  if (isAnalyzed() || store.getView().watchMode === "off") return Promise.resolve(isAnalyzed());
  return new Promise<boolean>((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve(isAnalyzed());
    };
    const timer = setTimeout(finish, timeoutMs);
    const unsubscribe = store.subscribe(() => {
      if (isAnalyzed()) finish();
    });
  });
}
