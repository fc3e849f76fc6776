import { describe, expect, it } from "vitest";
import { checkRequestPath } from "@/lib/server/path-guard";

describe("URL path guard (issue 8 Paths)", () => {
  it.each([
    "/",
    "/runs/log_20251229_013250_406604/turn/1/attempt/1?tab=votes",
    "/runs/log_x~2",
    "/runs/a%25b",
    "/runs/%F0%9F%A4%96",
    "/api/runs/log_x/trace?turn=1&file=a/b/execution_trace.md",
    "/_next/static/chunks/x.js",
  ])("lets %s through", (u) => {
    expect(checkRequestPath(u)).toEqual({ ok: true });
  });

  it.each([
    ["/runs/..%2f..%2fetc%2fpasswd", 404],
    ["/runs/..%2F..%2Fetc/passwd", 404],
    ["/runs/%2e%2e/%2e%2e/etc/passwd", 404],
    ["/runs/..", 404],
    ["/runs/.", 404],
    ["/runs/a%5Cb", 404],
    ["/api/runs/..%2f..%2fetc/context?turn=1", 404],
    ["/api/runs/%2E%2E/report", 404],
    [`/runs/${"a".repeat(256)}`, 404],
    ["/runs/%00", 400],
    ["/runs/log_x%00.json", 400],
    ["/_next/static/%00", 400],
    ["/runs/%E0%A4%A", 400],
  ] as const)("refuses %s with %i", (u, status) => {
    expect(checkRequestPath(u)).toMatchObject({ ok: false, status });
  });
});
