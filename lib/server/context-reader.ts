import "server-only";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { parseContext } from "@/lib/parse/context";
import { decodeText } from "@/lib/parse/decode";
import { type ContextResult, prepareContextView } from "@/lib/prepare/answers-context";
import { resolveInsideRoot } from "./safe-path";

/**
 * On-demand reads of one snapshot dir (FORMAT.md §1.6, §1.7): its context.txt
 * (§3.7), which the run model never loads because it can be large, for the
 * answers panel's "What the agent had seen". Every path goes through
 * realpath containment: the RUN dir inside its log root, the file inside the RUN dir.
 */

export const CONTEXT_CAP_BYTES = 2 * 1024 * 1024;

const RUN_NUMBER = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/, "must be a positive integer")
  .transform(Number);

/**
 * A RUN-relative snapshot dir: exactly `<agent>/<ts>` or `final/<agent>`.
 * The value arrives URL-decoded once; a leftover %2e/%2f/%5c/%00 means it was
 * encoded twice to slip a traversal past a check, so it is refused too.
 */
const SNAPSHOT_DIR = z
  .string()
  .min(3)
  .max(400)
  .refine((s) => !s.includes("\0"), "must not contain NUL")
  .refine((s) => !s.includes("\\"), "must use / separators")
  .refine((s) => !s.startsWith("/") && !path.isAbsolute(s), "must be relative to the run dir")
  .refine((s) => !/%(2e|2f|5c|00)/i.test(s), "must not contain encoded separators or dots")
  .refine((s) => s.split("/").every((seg) => seg !== "" && seg !== "." && seg !== ".."), "must not contain empty, . or .. segments")
  .refine((s) => s.split("/").length === 2, "must be <agent>/<timestamp> or final/<agent>");

export const contextQuerySchema = z.object({
  turn: RUN_NUMBER.optional(),
  attempt: RUN_NUMBER.optional(),
  dir: SNAPSHOT_DIR,
});

export type ContextQuery = z.infer<typeof contextQuerySchema>;

/**
 * Read `<runRel>/<dir>/context.txt` under `rootAbs`, bounded by `cap` bytes,
 * and prepare it for the panel. Never throws for a problem with the file.
 */
export async function readSnapshotContext(
  rootAbs: string,
  runRel: string,
  dir: string,
  cap = CONTEXT_CAP_BYTES,
): Promise<ContextResult> {
  const file = `${dir}/context.txt`;
  const parsedDir = SNAPSHOT_DIR.safeParse(dir);
  if (!parsedDir.success) return { status: "missing", file, message: "Not a snapshot directory of this run." };
  const runReal = await resolveInsideRoot(rootAbs, runRel);
  const real = runReal ? await resolveInsideRoot(runReal, file) : null;
  if (!real) return { status: "missing", file, message: "No context.txt in this snapshot directory (MassGen writes it from v0.0.19)." };
  try {
    const st = await stat(real);
    if (!st.isFile()) return { status: "missing", file, message: "context.txt is not a regular file." };
    if (st.size > cap) {
      return {
        status: "too-large",
        file,
        size: st.size,
        message: `context.txt is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the ${(cap / 1024 / 1024).toFixed(0)} MB limit for this panel. Open the file directly to read it.`,
      };
    }
    const { text, issues } = decodeText(await readCapped(real, Math.min(st.size, cap)), path.posix.join(runRel, file));
    const parsed = parseContext(text, path.posix.join(runRel, file));
    return { status: "ok", file, size: st.size, view: prepareContextView(parsed), issues: [...issues, ...parsed.issues] };
  } catch {
    return { status: "missing", file, message: "context.txt could not be read (it may have been removed or its permissions changed)." };
  }
}

/** Reads at most `cap` bytes even if the file grew after stat. */
async function readCapped(file: string, cap: number): Promise<Uint8Array> {
  const fh = await open(file, "r");
  try {
    const buf = new Uint8Array(cap);
    let got = 0;
    while (got < cap) {
      const { bytesRead } = await fh.read(buf, got, cap - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } finally {
    await fh.close();
  }
}
