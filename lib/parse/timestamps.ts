/**
 * MassGen's directory names and ISO strings are *naive local time* (FORMAT.md
 * §0.2, §1.1): they carry no zone. `tzOffsetMinutes` is the writer machine's
 * offset from UTC (e.g. 60 for UTC+1); when omitted, the process's own local
 * zone is used (including its DST rules). All results are unix seconds.
 */

interface Fields {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  micros: number;
}

function toUnix(f: Fields, tzOffsetMinutes?: number): number | null {
  if (f.mo < 1 || f.mo > 12 || f.d < 1 || f.d > 31 || f.h > 23 || f.mi > 59 || f.s > 60) return null;
  const ms =
    tzOffsetMinutes === undefined
      ? new Date(f.y, f.mo - 1, f.d, f.h, f.mi, f.s).getTime()
      : Date.UTC(f.y, f.mo - 1, f.d, f.h, f.mi, f.s) - tzOffsetMinutes * 60_000;
  // reject rollovers such as Feb 31
  const check = new Date(Date.UTC(f.y, f.mo - 1, f.d));
  if (check.getUTCDate() !== f.d || Number.isNaN(ms)) return null;
  return ms / 1000 + f.micros / 1e6;
}

function fields(m: RegExpExecArray): Fields {
  const n = (i: number) => Number(m[i] ?? 0);
  const frac = m[7] ?? "";
  return { y: n(1), mo: n(2), d: n(3), h: n(4), mi: n(5), s: n(6), micros: frac ? Number(frac.padEnd(6, "0").slice(0, 6)) : 0 };
}

const TS = /^(\d{4})(\d{2})(\d{2})_(\d{2})(\d{2})(\d{2})(?:_(\d{1,6}))?$/;

/** `log_20251105_074751_835636` (≥v0.1.8) or `log_20251020_012622` (older), FORMAT.md §1.1. */
export function parseLogDirName(name: string, tzOffsetMinutes?: number): number | null {
  if (!name.startsWith("log_")) return null;
  return parseSnapshotTs(name.slice(4), tzOffsetMinutes);
}

/** Snapshot dir `<ts>` `20251105_074334_120044`, FORMAT.md §1.2. */
export function parseSnapshotTs(ts: string, tzOffsetMinutes?: number): number | null {
  const m = TS.exec(ts);
  return m ? toUnix(fields(m), tzOffsetMinutes) : null;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `2025-11-05T07:42:53.104552` (Python `datetime.now().isoformat()`), also the
 * space-separated form of execution_trace.md headers. An explicit zone suffix
 * (only seen in synthetic files) wins over `tzOffsetMinutes`.
 */
export function parseLocalIso(s: string, tzOffsetMinutes?: number): number | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const zone = m[8];
  let offset = tzOffsetMinutes;
  if (zone === "Z") offset = 0;
  else if (zone) {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  return toUnix(fields(m), offset);
}
