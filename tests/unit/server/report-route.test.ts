import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeStore, getStore } from "@/lib/server/store";
import { tempCopy } from "./helpers";

/** The report route handler called directly, on a temp copy with a store that does not watch. */

const LOG = "log_20260103_122454_485969";
const WITH_REPORT = "log_20251225_204406_076604";
const ORIGIN = "http://127.0.0.1:4545";
const OK_HEADERS = { origin: ORIGIN, "sec-fetch-site": "same-origin", "x-massgen-dash": "1", "content-type": "application/json" };

let tmp: ReturnType<typeof tempCopy>;
let route: typeof import("@/app/api/runs/[log]/report/route");

beforeAll(async () => {
  tmp = tempCopy([LOG, WITH_REPORT]);
  vi.stubEnv("MASSGEN_DASH_ROOTS", JSON.stringify([tmp.root]));
  vi.stubEnv("MASSGEN_DASH_HOST", "127.0.0.1");
  vi.stubEnv("MASSGEN_DASH_PORT", "4545");
  vi.stubEnv("MASSGEN_DASH_WATCH", "off");
  await getStore().ready;
  route = await import("@/app/api/runs/[log]/report/route");
});

afterAll(async () => {
  await closeStore();
  vi.unstubAllEnvs();
  tmp.cleanup();
});

const ctx = (log: string) => ({ params: Promise.resolve({ log }) });
const reportFile = (log: string, turn: number) => path.join(tmp.root, log, `turn_${turn}`, "ANALYSIS_REPORT.md");

function post(headers: Record<string, string>, body: unknown = { turn: 1, overwrite: false }): Promise<Response> {
  const req = new Request(`${ORIGIN}/api/runs/${LOG}/report`, { method: "POST", headers, body: JSON.stringify(body) });
  return route.POST(req, ctx(LOG));
}

describe("GET /api/runs/<log>/report", () => {
  it("previews a turn without a report, with a root-relative path", async () => {
    const res = await route.GET(new Request(`${ORIGIN}/api/runs/${LOG}/report?turn=1`), ctx(LOG));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { markdown: string; reportPath: string; exists: boolean };
    expect(body).toMatchObject({ exists: false, reportPath: `${LOG}/turn_1/ANALYSIS_REPORT.md` });
    expect(body.markdown).toContain("Executive Summary");
    expect(JSON.stringify(body)).not.toContain(tmp.root);
  });

  it("returns an existing report with its sha256", async () => {
    const res = await route.GET(new Request(`${ORIGIN}/api/runs/${WITH_REPORT}/report?turn=1`), ctx(WITH_REPORT));
    const body = (await res.json()) as { exists: boolean; existing: { content: string; empty: boolean; sha256: string } };
    expect(body.exists).toBe(true);
    expect(body.existing.content).toBe(readFileSync(reportFile(WITH_REPORT, 1), "utf8"));
    expect(body.existing.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ["a bad turn", LOG, "?turn=-1", 400],
    ["a traversal log id", "..", "?turn=1", 400],
    ["an encoded traversal", "%2e%2e", "?turn=1", 400],
    ["an unknown log", "log_nope", "?turn=1", 404],
    ["a missing turn", LOG, "?turn=9", 404],
  ])("refuses %s", async (_name, log, query, status) => {
    const res = await route.GET(new Request(`${ORIGIN}/api/runs/x/report${query}`), ctx(log));
    expect(res.status).toBe(status);
    expect(await res.text()).not.toContain(tmp.root);
  });
});

describe("POST /api/runs/<log>/report guards", () => {
  const { origin: _o, ...noOrigin } = OK_HEADERS;
  const { "x-massgen-dash": _h, ...noCustom } = OK_HEADERS;
  it.each([
    ["no Origin", noOrigin],
    ["a foreign Origin", { ...OK_HEADERS, origin: "http://evil.example" }],
    ["a cross-site Sec-Fetch-Site", { ...OK_HEADERS, "sec-fetch-site": "cross-site" }],
    ["no custom header", noCustom],
    ["a text/plain body", { ...noCustom, "content-type": "text/plain" }],
  ])("403 for %s, and nothing written", async (_name, headers) => {
    const res = await post(headers);
    expect(res.status).toBe(403);
    expect(existsSync(reportFile(LOG, 1))).toBe(false);
  });

  it("400 for an invalid body", async () => {
    expect((await post(OK_HEADERS, { turn: "1; rm -rf /" })).status).toBe(400);
    expect((await post({ ...OK_HEADERS, "content-type": "text/plain" })).status).toBe(400);
    expect(existsSync(reportFile(LOG, 1))).toBe(false);
  });
});

describe("POST /api/runs/<log>/report save", () => {
  it("saves, then refuses to overwrite without overwrite, then overwrites with the right sha256", async () => {
    const res = await post(OK_HEADERS);
    expect(res.status).toBe(200);
    const saved = (await res.json()) as { markdown: string; reportPath: string; replaced: boolean };
    expect(saved).toMatchObject({ reportPath: `${LOG}/turn_1/ANALYSIS_REPORT.md`, replaced: false });
    expect(readFileSync(reportFile(LOG, 1), "utf8")).toBe(saved.markdown);

    expect((await post(OK_HEADERS)).status).toBe(409);
    const stale = await post(OK_HEADERS, { turn: 1, overwrite: true, expectedSha256: "0".repeat(64) });
    expect(stale.status).toBe(409);

    const preview = (await (await route.GET(new Request(`${ORIGIN}/api/runs/${LOG}/report?turn=1`), ctx(LOG))).json()) as {
      existing: { sha256: string };
    };
    const again = await post(OK_HEADERS, { turn: 1, overwrite: true, expectedSha256: preview.existing.sha256 });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { replaced: boolean }).replaced).toBe(true);
  });
});
