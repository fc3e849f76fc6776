/**
 * A small RFC 4180 CSV writer for the charts' data export (issue 7). Pure.
 * Null is an empty cell (not recorded), never 0. Text that a spreadsheet
 * would run as a formula (=, +, -, @, tab, CR first) gets a leading ' :
 * agent ids and tool names are untrusted text from the logs.
 */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(v: CsvCell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "true" : "false";
  const text = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header line plus one line per row, CRLF-separated with a trailing CRLF (RFC 4180). */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c.header)), ...rows.map((r) => columns.map((c) => csvCell(c.value(r))))];
  return lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}
