import "server-only";
import { randomBytes } from "node:crypto";
import { link, lstat, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { httpError } from "./http-errors";

/**
 * The only write massgen-dash makes (issue 6 "Writing safely"): a temp file in
 * the same directory, then an atomic rename, so two concurrent saves leave one
 * whole report and a failure leaves the old one untouched.
 */
export async function writeReportAtomically(dirReal: string, name: string, text: string, overwrite: boolean): Promise<{ replaced: boolean }> {
  const target = path.join(dirReal, name);
  const tmp = path.join(dirReal, `.${name}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, text, { encoding: "utf8", flag: "wx", mode: 0o644 });
    if (overwrite) {
      const replaced = await exists(target);
      await rename(tmp, target);
      return { replaced };
    }
    await publishIfAbsent(tmp, target);
    return { replaced: false };
  } catch (e) {
    throw writeError(e);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

/**
 * link() fails with EEXIST when the target exists, even one created a moment
 * ago by a concurrent save or by `massgen logs analyze` (which creates an
 * empty report first, FORMAT.md §6): no check-then-write race.
 */
async function publishIfAbsent(tmp: string, target: string): Promise<void> {
  try {
    await link(tmp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw exists409();
    // filesystems without hard links: fall back to a check, then rename
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
    if (await exists(target)) throw exists409();
    await rename(tmp, target);
  }
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

function exists409() {
  return httpError("conflict", "ANALYSIS_REPORT.md already exists; pass overwrite to replace it");
}

function writeError(e: unknown) {
  if (e instanceof Error && e.name === "HttpError") return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") return httpError("forbidden", "cannot write ANALYSIS_REPORT.md: the turn directory is read-only");
  if (code === "ENOSPC" || code === "EDQUOT") return httpError("unavailable", "cannot write ANALYSIS_REPORT.md: the disk is full");
  return httpError("internal", `cannot write ANALYSIS_REPORT.md (${code ?? "unknown error"})`);
}
