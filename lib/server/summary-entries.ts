import "server-only";
import path from "node:path";
import type { DirEntry } from "./dir-entries";
import { isInside } from "./safe-path";
import { runFs } from "./summary-fs";

/**
 * The directory walker's primitives over the scan's RunFs (re-exported by
 * dir-entries.ts), so discovery inside a summary worker runs synchronously
 * too (summary-fs.ts). Rules: symlinks are followed only when their realpath stays inside
 * `rootReal`; missing or unreadable dirs yield [] (a run dir may vanish mid-scan).
 */
export async function scanDirEntries(dirAbs: string, rootReal: string): Promise<DirEntry[]> {
  let dirents;
  try {
    dirents = await runFs.readdir(dirAbs);
  } catch {
    return [];
  }
  const out: DirEntry[] = [];
  for (const d of dirents) {
    if (!d.isSymbolicLink()) out.push({ name: d.name, isDir: d.isDirectory(), isFile: d.isFile(), size: 0 });
    else {
      const resolved = await resolveLink(path.join(dirAbs, d.name), rootReal);
      if (resolved) out.push({ name: d.name, ...resolved });
    }
  }
  return out;
}

async function resolveLink(abs: string, rootReal: string): Promise<Omit<DirEntry, "name"> | null> {
  try {
    const real = await runFs.realpath(abs);
    if (!isInside(rootReal, real)) return null;
    const s = await runFs.stat(real);
    return { isDir: s.isDirectory(), isFile: s.isFile(), size: s.size };
  } catch {
    return null;
  }
}

/** Size of a regular file (following in-root symlinks only), or null when absent/outside. */
export async function scanFileSize(abs: string, rootReal: string): Promise<number | null> {
  try {
    const l = await runFs.lstat(abs);
    if (!l) return null;
    if (l.isFile()) return l.size;
    if (!l.isSymbolicLink()) return null;
    const r = await resolveLink(abs, rootReal);
    return r?.isFile ? r.size : null;
  } catch {
    return null;
  }
}
