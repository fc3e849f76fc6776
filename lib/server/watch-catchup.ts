import "server-only";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { mapLimit } from "./dir-entries";

/** stats in flight: the catch-up runs after the index is usable, so it only needs to finish, not to be fast. */
const CONCURRENCY = 16;
/** mtimes have coarse resolution on some filesystems; look a little before the scan started. */
const SLACK_MS = 2000;
/** At most this many recently touched logs count as possibly starting runs (the newest by name). */
const MAX_ACTIVE = 8;

/**
 * The shallow watch starts after the cold scan (index-store.ts), so a log dir
 * created, or given a new turn/attempt dir or report (FORMAT.md §5.1), while
 * the scan ran would be missed. Any such change bumps the mtime of the log dir
 * or of one of its turn dirs: re-discover exactly those logs. Logs touched in
 * the `graceMs` before the scan may hold a run that is starting up (no
 * status.json yet, §5.2): the newest few are marked `active` to get a deep watch.
 */
export async function catchUpAfterScan(
  roots: readonly string[],
  scanStartMs: number,
  graceMs: number,
  mark: (root: string, name: string, active: boolean) => void,
): Promise<void> {
  const since = scanStartMs - SLACK_MS;
  const changed = async (p: string) => (await stat(p).catch(() => null))?.mtimeMs ?? 0;
  const recent: { root: string; name: string; mtime: number }[] = [];
  for (const root of roots) {
    const logs = (await readdir(root, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory());
    await mapLimit(logs, CONCURRENCY, async (e) => {
      const dir = path.join(root, e.name);
      const subs = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((s) => s.isDirectory() && /^turn_[0-9]+$/.test(s.name));
      let mtime = await changed(dir);
      for (const s of subs) mtime = Math.max(mtime, await changed(path.join(dir, s.name)));
      if (mtime >= since - graceMs) recent.push({ root, name: e.name, mtime });
    });
  }
  recent.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  recent.forEach((l, i) => {
    if (i < MAX_ACTIVE || l.mtime >= since) mark(l.root, l.name, i < MAX_ACTIVE);
  });
}
