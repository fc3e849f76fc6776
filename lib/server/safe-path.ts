import "server-only";
import { realpath } from "node:fs/promises";
import path from "node:path";

/** True when `child` is `parent` or lies below it (both absolute, normalized). */
export function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/**
 * Resolve `relPath` under `rootAbs` with realpath and return it only when it
 * stays inside the root's realpath (symlinks leaving the root are refused,
 * issue #2 "Safety baseline"). Null when missing or outside.
 */
export async function resolveInsideRoot(rootAbs: string, relPath: string): Promise<string | null> {
  if (path.isAbsolute(relPath)) return null;
  try {
    const [rootReal, targetReal] = await Promise.all([realpath(rootAbs), realpath(path.join(rootAbs, relPath))]);
    return isInside(rootReal, targetReal) ? targetReal : null;
  } catch {
    return null;
  }
}
