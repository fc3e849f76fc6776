import "server-only";
import { open } from "node:fs/promises";
import path from "node:path";
import { decodeText } from "@/lib/parse/decode";
import { parseExecutionMetadata } from "@/lib/parse/execution-metadata";
import { METADATA_SINCE, prepareConfig, type ConfigView } from "@/lib/prepare/config";
import { getAttempt } from "./queries";
import { resolveInsideRoot } from "./safe-path";

/**
 * execution_metadata.yaml of a RUN dir → the config panel model. The parser
 * redacts secrets, so nothing secret leaves the server (issue #3 "Config").
 */

const FILE = "execution_metadata.yaml";
/** The file embeds the user's config: a few KB in practice; anything huge is not a real one. */
const MAX_BYTES = 4 * 1024 * 1024;

export async function readConfigView(rootAbs: string, runRel: string): Promise<ConfigView> {
  const rel = path.posix.join(runRel, FILE);
  const real = await resolveInsideRoot(rootAbs, rel);
  if (!real) return { state: "missing", file: rel, since: METADATA_SINCE };
  const fh = await open(real, "r").catch(() => null);
  if (!fh) return { state: "missing", file: rel, since: METADATA_SINCE };
  try {
    const st = await fh.stat();
    if (!st.isFile()) return { state: "missing", file: rel, since: METADATA_SINCE };
    if (st.size > MAX_BYTES) return { state: "unreadable", file: rel, issues: [{ file: rel, message: `file is ${st.size} bytes, over the ${MAX_BYTES}-byte limit` }] };
    const buf = Buffer.alloc(st.size);
    const { bytesRead } = await fh.read(buf, 0, st.size, 0);
    const decoded = decodeText(buf.subarray(0, bytesRead), rel);
    const parsed = parseExecutionMetadata(decoded.text, rel);
    return prepareConfig(parsed.value, [...decoded.issues, ...parsed.issues], rel);
  } finally {
    await fh.close();
  }
}

/** The config panel model of an attempt for the run page; null when the attempt is unknown. */
export async function getAttemptConfig(logId: string, turn: number | null, attempt: number | null): Promise<ConfigView | null> {
  const found = await getAttempt(logId, turn, attempt);
  return found ? readConfigView(found.log.root, found.model.relPath) : null;
}
