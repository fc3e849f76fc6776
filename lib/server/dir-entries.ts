import "server-only";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { isInside } from "./safe-path";

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
 */
export async function readDirEntries(dirAbs: string, rootReal: string): Promise<DirEntry[]> {
  let dirents;
  try {
    dirents = await readdir(dirAbs, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: DirEntry[] = [];
  for (const d of dirents) {
    if (d.isSymbolicLink()) {
      const resolved = await resolveLink(path.join(dirAbs, d.name), rootReal);
      if (resolved) out.push({ name: d.name, ...resolved });
    } else {
      out.push({ name: d.name, isDir: d.isDirectory(), isFile: d.isFile(), size: 0 });
    }
  }
  return out;
}

async function resolveLink(abs: string, rootReal: string): Promise<Omit<DirEntry, "name"> | null> {
  try {
    const real = await realpath(abs);
    if (!isInside(rootReal, real)) return null;
    const s = await stat(real);
    return { isDir: s.isDirectory(), isFile: s.isFile(), size: s.size };
  } catch {
    return null;
  }
}

/** Size of a regular file (following in-root symlinks only), or null when absent/outside. */
export async function fileSize(abs: string, rootReal: string): Promise<number | null> {
  try {
    const l = await lstat(abs);
    if (l.isFile()) return l.size;
    if (!l.isSymbolicLink()) return null;
    const r = await resolveLink(abs, rootReal);
    return r?.isFile ? r.size : null;
  } catch {
    return null;
  }
}

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
