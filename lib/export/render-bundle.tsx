import { renderToStaticMarkup } from "react-dom/server";
import { REDACTED } from "@/lib/parse/redact";
import type { BundleView } from "./bundle-view";
import { BundleDocument } from "./page/document";
import { type Limits, LIMIT_STEPS } from "./page/limits";
import { scrubDeep, scrubSecrets } from "./secrets";

export interface BundleFile {
  name: string;
  bytes: Uint8Array;
  /** what was cut to fit the size limit, for the CLI's message */
  trimmed: string[];
}

const enc = new TextEncoder();

function trimNotes(view: BundleView, l: Limits): string[] {
  const notes: string[] = [];
  if (view.coordination.rows.length > l.maxRows) notes.push(`coordination table cut to ${l.maxRows} of ${view.coordination.rows.length} events`);
  if (Number.isFinite(l.maxText)) notes.push(`answers, event texts and the report cut at ${l.maxText.toLocaleString("en-US")} characters each`);
  return notes;
}

function renderHtml(view: BundleView, limits: Limits, secrets: readonly string[]): { bytes: Uint8Array; hits: number } {
  const html = `<!doctype html>\n${renderToStaticMarkup(<BundleDocument view={view} limits={limits} trimmed={trimNotes(view, limits)} />)}\n`;
  const scrubbed = scrubSecrets(html, secrets, REDACTED);
  return { bytes: enc.encode(scrubbed.text), hits: scrubbed.hits };
}

/**
 * index.html (everything, one file, so it opens from file:// or a chat
 * attachment) and the report's markdown. A file above `maxBytes` is rendered
 * again with tighter limits; if even the tightest does not fit, it is refused.
 */
export interface RenderedBundle {
  files: BundleFile[];
  /** files over the limit even after trimming: not written */
  refused: string[];
  /** how often a config secret had to be scrubbed from the output */
  scrubbed: number;
}

export function renderBundle(raw: BundleView, secrets: readonly string[], maxBytes: number): RenderedBundle {
  const files: BundleFile[] = [];
  const refused: string[] = [];
  // Scrub the data first (markdown may reshape a secret), then the output again.
  const { value: view, hits: inData } = scrubDeep(raw, secrets, REDACTED);
  let scrubbed = 0;
  let html: BundleFile | null = null;
  for (const limits of LIMIT_STEPS) {
    const { bytes, hits } = renderHtml(view, limits, secrets);
    scrubbed = inData + hits;
    if (bytes.length <= maxBytes) {
      html = { name: "index.html", bytes, trimmed: trimNotes(view, limits) };
      break;
    }
  }
  if (html) files.push(html);
  else refused.push(`index.html is above ${maxBytes} bytes even with the coordination table and texts trimmed`);
  if (view.report) {
    const report = scrubSecrets(view.report.markdown, secrets, REDACTED);
    scrubbed += report.hits;
    const md = enc.encode(report.text);
    if (md.length <= maxBytes) files.push({ name: "ANALYSIS_REPORT.md", bytes: md, trimmed: [] });
    else refused.push(`ANALYSIS_REPORT.md is ${md.length} bytes, above the ${maxBytes}-byte limit (its text is in index.html, trimmed)`);
  }
  return { files, refused, scrubbed };
}
