import type { ParseIssue } from "@/lib/model/types";
import { issue } from "./result";

const BOM = "\uFEFF";
// Stateless between calls (no streaming), so one of each serves every file.
const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/**
 * Bytes → text. MassGen writes UTF-8 (FORMAT.md §4.6) but files can be cut
 * mid-character by a bounded read or written by a broken tool, so invalid
 * sequences become U+FFFD plus one issue instead of a crash.
 */
export function decodeText(bytes: Uint8Array, file: string): { text: string; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    issues.push(issue(file, `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}; replaced with U+FFFD`));
  }
  return { text: stripBom(text), issues };
}

export function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** Byte offset of the first malformed UTF-8 sequence (for the issue message). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return i;
}

/** UTF-8 length of a string without Buffer (lib/parse stays runtime-neutral). */
export function utf8Length(s: string, end = s.length): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
