import "server-only";
import { closeSync, constants, type Dirent, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats, statSync } from "node:fs";
import { lstat, open, readdir, realpath, stat } from "node:fs/promises";
import { AsyncLocalStorage } from "node:async_hooks";
import { isMainThread } from "node:worker_threads";

/**
 * The few fs calls of the cold scan (discover.ts, run-source.ts), in two implementations behind one
 * promise-shaped interface so the walker exists once. On the main thread
 * they go through libuv's thread pool (the server keeps answering while a run
 * is read). In a summary worker nothing else waits on the thread, and each
 * pool round trip costs more than the syscall itself (tens of µs against a
 * few for a cached readdir), so the same calls run synchronously there: that
 * is what makes the cold scan of 2,000 runs fit in its budget (issue #2).
 */
export interface RunFs {
  readdir(dir: string): Promise<Dirent[]>;
  realpath(p: string): Promise<string>;
  stat(p: string): Promise<Stats>;
  /** null when nothing is at `p` (no exception: a missing file is the common case, and throwing costs more than the call) */
  lstat(p: string): Promise<Stats | null>;
  /**
   * Bytes [start, end) of a regular file, after `cut` chose the range from its
   * size; null when it is not a regular file. Opened with O_NOFOLLOW so a file
   * swapped for a symlink after the walk is refused, and stat'ed through the
   * open handle so size and kind are those of what is read.
   */
  readFile(p: string, cut: (size: number) => { start: number; end: number } | null): Promise<FileRead>;
}

export type FileRead =
  | { kind: "bytes"; bytes: Uint8Array; size: number; mtimeMs: number }
  | { kind: "skipped"; isDir: boolean; isFile: boolean; size: number; mtimeMs: number };

// O_NONBLOCK: opening a FIFO planted under a known name must not hang the scan (fstat then refuses it)
const READ_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

const asyncFs: RunFs = {
  readdir: (dir) => readdir(dir, { withFileTypes: true }),
  realpath: (p) => realpath(p),
  stat: (p) => stat(p),
  lstat: (p) =>
    lstat(p).catch((e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") return null;
      throw e;
    }),
  async readFile(p, cut) {
    const fh = await open(p, READ_FLAGS);
    try {
      const st = await fh.stat();
      const range = st.isFile() ? cut(st.size) : null;
      if (!range) return { kind: "skipped", isDir: st.isDirectory(), isFile: st.isFile(), size: st.size, mtimeMs: st.mtimeMs };
      const buf = new Uint8Array(range.end - range.start);
      let got = 0;
      while (got < buf.length) {
        const { bytesRead } = await fh.read(buf, got, buf.length - got, range.start + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return { kind: "bytes", bytes: buf.subarray(0, got), size: st.size, mtimeMs: st.mtimeMs };
    } finally {
      await fh.close();
    }
  },
};

const syncFs: RunFs = {
  readdir: async (dir) => readdirSync(dir, { withFileTypes: true }),
  realpath: async (p) => realpathSync.native(p),
  stat: async (p) => statSync(p),
  lstat: async (p) => lstatSync(p, { throwIfNoEntry: false }) ?? null,
  async readFile(p, cut) {
    const fd = openSync(p, READ_FLAGS);
    try {
      const st = fstatSync(fd);
      const range = st.isFile() ? cut(st.size) : null;
      if (!range) return { kind: "skipped", isDir: st.isDirectory(), isFile: st.isFile(), size: st.size, mtimeMs: st.mtimeMs };
      const buf = new Uint8Array(range.end - range.start);
      let got = 0;
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, range.start + got);
        if (n === 0) break;
        got += n;
      }
      return { kind: "bytes", bytes: buf.subarray(0, got), size: st.size, mtimeMs: st.mtimeMs };
    } finally {
      closeSync(fd);
    }
  },
};

const base: RunFs = isMainThread ? asyncFs : syncFs;
const touched = new AsyncLocalStorage<Set<string>>();
const note = (p: string) => touched.getStore()?.add(p);

/** The implementation for the calling thread (see RunFs); inside recordTouched it also notes every path it lists, stats or reads. */
export const runFs: RunFs = {
  readdir(dir) {
    note(dir);
    return base.readdir(dir);
  },
  realpath: (p) => base.realpath(p),
  stat(p) {
    note(p);
    return base.stat(p);
  },
  lstat(p) {
    note(p);
    return base.lstat(p);
  },
  readFile(p, cut) {
    note(p);
    return base.readFile(p, cut);
  },
};

/** Run `fn` and return, with its value, every path runFs touched for it: what a cached result depends on (summary-cache.ts). */
export async function recordTouched<T>(fn: () => Promise<T>): Promise<{ value: T; paths: string[] }> {
  const paths = new Set<string>();
  const value = await touched.run(paths, fn);
  return { value, paths: [...paths] };
}
