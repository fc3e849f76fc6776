/**
 * Markdown building blocks for ANALYSIS_REPORT.md. Every string that comes
 * from a log (agent ids, questions, vote reasons, commands, file names) goes
 * through `esc`, so agent text can neither break a table nor inject HTML or a
 * link (tests/fixtures/broken README, hostile case).
 */

/** Bidi overrides/isolates and marks would let text visually reorder the report; shown as visible code points instead. */
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Markdown punctuation that could start a link, code span, HTML or a table cell. */
const INLINE = /[\\`|<>&[\]]/g;
const ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;" };

/** One line of inert text: newlines collapsed, markdown/HTML escaped, optionally cut to `max` chars. */
export function esc(text: string, max?: number): string {
  let t = text.replace(/\s*[\r\n]+\s*/g, " ↵ ").replace(/[\t\v\f]/g, " ").trim();
  if (max !== undefined && t.length > max) {
    // never cut a surrogate pair (emoji) in half
    const cut = /[\ud800-\udbff]/.test(t.charAt(max - 1)) ? max - 1 : max;
    t = `${t.slice(0, cut).trimEnd()}…`;
  }
  t = t.replace(INLINE, (c) => ENTITY[c] ?? `\\${c}`);
  t = t.replace(BIDI, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}⟩`);
  // a leading block marker would turn a list item or paragraph into a heading/list/rule
  return t.replace(/^([#+\-*=~])/, "\\$1").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}

/** Quoted inline text, e.g. a question or a reason excerpt. */
export function quote(text: string, max?: number): string {
  return `“${esc(text, max)}”`;
}

/** A GFM table; cells are already escaped (use `esc` on log text). */
export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => (c === "" ? " " : c)).join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}

export function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join("\n");
}

export function numbered(items: string[]): string {
  return items.map((i, n) => `${n + 1}. ${i}`).join("\n");
}

/** The standard notice for data the logs do not contain (never invented content). */
export function missing(what: string, why: string): string {
  return `> **Not available:** ${what} — ${why}`;
}

export function heading(level: 2 | 3, title: string): string {
  return `${"#".repeat(level)} ${title}`;
}

/** Blocks joined by blank lines, empty ones dropped. */
export function blocks(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join("\n\n");
}

/** Percentage with one decimal, or "—" when the base is 0/unknown. */
export function pct(part: number | null, whole: number | null): string {
  if (part === null || whole === null || whole <= 0) return "—";
  return `${((100 * part) / whole).toFixed(1)}%`;
}

export function int(n: number | null): string {
  return n === null || !Number.isFinite(n) ? "—" : Math.round(n).toLocaleString("en-US");
}

/** Seconds with one decimal, e.g. "12.3 s". */
export function secs(ms: number | null): string {
  return ms === null || !Number.isFinite(ms) ? "—" : `${(ms / 1000).toFixed(1)} s`;
}
