/**
 * How much of a long run one HTML file may hold. The first render uses no
 * limit; when the file comes out above the per-file size limit, the writer
 * re-renders with the next, tighter step (lib/export/render-bundle.ts).
 */
export interface Limits {
  /** coordination rows shown */
  maxRows: number;
  /** characters of one answer / report / event text */
  maxText: number;
}

export const LIMIT_STEPS: readonly Limits[] = [
  { maxRows: Number.POSITIVE_INFINITY, maxText: Number.POSITIVE_INFINITY },
  { maxRows: 3000, maxText: 50_000 },
  { maxRows: 800, maxText: 8_000 },
];

/** The text cut at the limit, saying so (never silently). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}\n\n… [${text.length - max} more characters left out of the share bundle]`;
}
