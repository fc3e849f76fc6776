/**
 * Chart-only formats on top of format.ts: axis ticks and tooltips need short
 * forms (850ms, 12.3s, 41%, +2m 05s) and must accept whatever recharts hands
 * back (numbers, strings, undefined) without printing "NaN".
 */
import { formatDuration, formatMoney, formatTokens } from "./format";

export function asNumber(v: unknown): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
}

export function fmtMoney(v: unknown): string {
  return formatMoney(asNumber(v)) ?? "—";
}

export function fmtTokens(v: unknown): string {
  return formatTokens(asNumber(v)) ?? "—";
}

export function fmtMs(v: unknown): string {
  const ms = asNumber(v);
  if (ms === null) return "—";
  if (Math.abs(ms) < 1000) return `${Math.round(ms)}ms`;
  if (Math.abs(ms) < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)}s`;
  return formatDuration(ms / 1000) ?? "—";
}

export function fmtPct(v: unknown): string {
  const x = asNumber(v);
  return x === null ? "—" : `${Math.round(x * 100)}%`;
}

/** Seconds since the run start, "+1m 05s" (a timeline/cumulative axis tick). */
export function fmtOffset(v: unknown): string {
  const s = asNumber(v);
  if (s === null) return "—";
  if (s === 0) return "0s";
  return `+${formatDuration(s) ?? "0s"}`;
}
