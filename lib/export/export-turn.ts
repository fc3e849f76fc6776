import "server-only";
import { prepareBundle } from "./bundle-view";
import { loadTurn } from "./load-turn";
import { renderBundle } from "./render-bundle";
import { type Written, writeBundle } from "./write-bundle";

export interface ExportTurnOptions {
  root: string;
  logName: string;
  turn: number | null;
  outDir: string;
  zip: boolean;
  /** per written file, before zipping */
  maxBytes: number;
  generator: string;
  nowMs: number;
}

export interface ExportResult {
  written: Written[];
  trimmed: string[];
  /** files over the limit even after trimming: not written */
  refused: string[];
  /** how often a config secret had to be scrubbed from the rendered text */
  secretsScrubbed: number;
}

/** disk → model → view models → static HTML → files (or one zip). */
export async function exportTurn(o: ExportTurnOptions): Promise<ExportResult> {
  const input = await loadTurn(o.root, o.logName, o.turn, o.nowMs);
  const view = prepareBundle(input, o.generator, o.nowMs / 1000);
  const { files, refused, scrubbed } = renderBundle(view, input.secrets, o.maxBytes);
  const written = files.length ? await writeBundle(files, o.outDir, o.zip, `${zipBase(o.logName, o.turn)}.zip`) : [];
  return { written, trimmed: files.flatMap((f) => f.trimmed), refused, secretsScrubbed: scrubbed };
}

function zipBase(logName: string, turn: number | null): string {
  return `${logName.replace(/[^A-Za-z0-9_.-]/g, "_")}${turn === null ? "" : `-turn_${turn}`}`;
}
