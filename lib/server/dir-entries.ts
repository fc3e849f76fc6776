import "server-only";
import { scanDirEntries, scanFileSize } from "./summary-entries";

export interface DirEntry {
  name: string;
  isDir: boolean;
  isFile: boolean;
  /** bytes, for regular files (after following an in-root symlink) */
  size: number;
}

/** Never walked, anywhere (issue #2 "Lenient reading"; agent workspaces can hold 100k files). */
export const NEVER_WALK = new Set(["workspace", "node_modules", ".venv", ".git"]);

/**
 * One directory's entries, with symlinks resolved only when their realpath stays
 * inside `rootReal`; symlinks leaving the root (or dangling) are dropped.
 * Missing or unreadable directories yield [] (a run dir may vanish mid-scan).
 * The walker exists once, over the scan's fs layer (summary-entries.ts).
 */
export const readDirEntries = scanDirEntries;

/** Size of a regular file (following in-root symlinks only), or null when absent/outside. */
export const fileSize = scanFileSize;

/** Run `fn` over `items` with at most `limit` in flight, preserving order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
