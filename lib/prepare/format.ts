/**
 * Display formatting shared by every view. Pure: no React, no Intl locale
 * surprises (fixed en-US style output so screenshots and tests are stable).
 *
 * Null in, null out: a value MassGen did not record must render as "—" with
 * NOT_RECORDED as its title, never as 0 (STYLE.md "Null means a gap").
 */

export const NOT_RECORDED = "Not recorded by this MassGen version";
export const DASH = "—";

export function formatMoney(usd: number | null): string | null {
  if (usd === null || !Number.isFinite(usd)) return null;
  if (usd === 0) return "$0";
  const abs = Math.abs(usd);
  // Per-run costs are often fractions of a cent: keep 3 significant decimals there.
  if (abs < 0.001) return usd < 0 ? "-<$0.001" : "<$0.001";
  if (abs < 1) return `$${usd.toFixed(3)}`;
  if (abs < 1000) return `$${usd.toFixed(2)}`;
  return `$${Math.round(usd).toLocaleString("en-US")}`;
}

export function formatTokens(n: number | null): string | null {
  if (n === null || !Number.isFinite(n)) return null;
  const abs = Math.abs(n);
  if (abs < 1000) return String(Math.round(n));
  if (abs < 1_000_000) return `${trim1(n / 1000)}k`;
  return `${trim1(n / 1_000_000)}M`;
}

/** 1 decimal, without a trailing ".0" (12.0k → 12k), and never rounding up into "1000k". */
function trim1(x: number): string {
  const s = (Math.round(x * 10) / 10).toFixed(1);
  return s.endsWith(".0") ? s.slice(0, -2) : s;
}

export function formatDuration(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 1) return seconds === 0 ? "0s" : "<1s";
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h ${pad(m)}m`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * Local wall-clock time, "2025-11-05 07:47". MassGen names dirs in local time
 * (FORMAT.md §0.2), so users expect to see the same digits as the dir name.
 */
export function formatLocalTime(unixSeconds: number | null): string | null {
  if (unixSeconds === null || !Number.isFinite(unixSeconds)) return null;
  const d = new Date(unixSeconds * 1000);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Full local timestamp with seconds, for titles/tooltips. */
export function formatLocalDateTime(unixSeconds: number | null): string | null {
  const base = formatLocalTime(unixSeconds);
  if (base === null || unixSeconds === null) return null;
  return `${base}:${pad(new Date(unixSeconds * 1000).getSeconds())}`;
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : plural}`;
}

/** Sum that keeps "unknown": null when every part is null. */
export function sumNullable(values: readonly (number | null)[]): number | null {
  let total: number | null = null;
  for (const v of values) if (v !== null && Number.isFinite(v)) total = (total ?? 0) + v;
  return total;
}

/** Parse issues grouped by file, files in first-seen order (one banner line per broken file). */
export function groupIssuesByFile(issues: readonly { file: string; message: string }[]): { file: string; messages: string[] }[] {
  const byFile = new Map<string, string[]>();
  for (const i of issues) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i.message]);
  return [...byFile].map(([file, messages]) => ({ file, messages }));
}
