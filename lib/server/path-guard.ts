import "server-only";

/**
 * URL-level path checks, run by the server entry on every request before Next
 * routes it (issue 8 "Paths"). A log id is a directory name (lib/server/log-ids.ts),
 * so a `/runs/<id>` or `/api/runs/<id>` segment that decodes to something no
 * directory entry can be called — holding "/", "\" or NUL, being "." or "..",
 * or over 255 bytes — names no run and never reaches a handler. Ids that could
 * exist are left to the pages and route handlers, which look them up in the
 * index and resolve with realpath inside a root (lib/server/safe-path.ts).
 */
export type PathVerdict = { ok: true } | { ok: false; status: 400 | 404; reason: string };

const RUN_ROUTE = /^\/(?:api\/)?runs\/([^/?#]*)/;

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export function checkRequestPath(rawUrl: string): PathVerdict {
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? "";
  // NUL anywhere in the path, raw or encoded, is never a name on disk
  if (/%00|\0/i.test(pathname)) return { ok: false, status: 400, reason: "NUL in path" };
  const seg = RUN_ROUTE.exec(pathname)?.[1];
  if (seg === undefined) return { ok: true };
  const id = decode(seg);
  if (id === null) return { ok: false, status: 400, reason: "malformed percent-encoding" };
  if (id === "" || id === "." || id === ".." || /[/\\\0]/.test(id) || Buffer.byteLength(id) > 255) {
    return { ok: false, status: 404, reason: "not a log id" };
  }
  return { ok: true };
}
