import "server-only";
import { open, stat } from "node:fs/promises";
import path from "node:path";
import { decodeText } from "@/lib/parse/decode";
import { resolveInsideRoot } from "./safe-path";

/**
 * The raw `coordination_table.txt` of a RUN dir (FORMAT.md §4.1), for the
 * Raw tab, shown exactly as written. Resolved through the realpath
 * containment of safe-path; read bounded, since a 20,000-event run writes a
 * table of many MB that a browser <pre> cannot usefully show.
 */
export const RAW_TABLE_CAP = 5 * 1024 * 1024;

export interface RawCoordinationTable {
  /** the file's text, null when missing, too large or unreadable */
  text: string | null;
  /** why `text` is null (null when the file simply does not exist) */
  note: string | null;
}

/** `root` is the log root (LogSummary.root), `runRelPath` the RUN dir under it (AttemptModel.relPath). */
export async function readCoordinationTable(root: string, runRelPath: string): Promise<RawCoordinationTable> {
  const file = await resolveInsideRoot(root, path.posix.join(runRelPath, "coordination_table.txt"));
  if (!file) return { text: null, note: null };
  try {
    const st = await stat(file);
    if (!st.isFile()) return { text: null, note: "coordination_table.txt is not a regular file." };
    if (st.size > RAW_TABLE_CAP) {
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      return { text: null, note: `coordination_table.txt is ${mb(st.size)} MB, over the ${mb(RAW_TABLE_CAP)} MB limit for the Raw view; open the file directly, or use the interactive table.` };
    }
    const fh = await open(file, "r");
    try {
      const buf = new Uint8Array(st.size);
      const { bytesRead } = await fh.read(buf, 0, st.size, 0);
      return { text: decodeText(buf.subarray(0, bytesRead), "coordination_table.txt").text, note: null };
    } finally {
      await fh.close();
    }
  } catch (e) {
    return { text: null, note: `coordination_table.txt could not be read: ${e instanceof Error ? e.message : String(e)}` };
  }
}
