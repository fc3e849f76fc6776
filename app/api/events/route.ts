import { liveStream } from "@/lib/server/live-stream";
import { getStore } from "@/lib/server/store";

// SSE on the standalone server (STYLE.md packaging facts): Node runtime, never cached or buffered.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * GET /api/events — Server-Sent Events of index and live-run changes
 * (`{log, turn, attempt, kind}`, lib/model/live-events.ts). The browser then
 * refreshes what it shows (components/live).
 */
export function GET(request: Request): Response {
  const store = getStore();
  const body = liveStream({ subscribe: (l) => store.subscribe(l), signal: request.signal, version: store.getView().version });
  return new Response(body, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
