/**
 * Stable, readable run URLs: /runs/<log id>[/turn/<n>][/attempt/<m>].
 * G1–G3 runs have no turn/attempt dirs, G4 has no attempt dir (FORMAT.md §1.3).
 */

export interface RunRef {
  logId: string;
  turn: number | null;
  attempt: number | null;
}

export function runHref(ref: RunRef): string {
  let href = `/runs/${encodeURIComponent(ref.logId)}`;
  if (ref.turn !== null) href += `/turn/${ref.turn}`;
  if (ref.attempt !== null) href += `/attempt/${ref.attempt}`;
  return href;
}

const POSITIVE_INT = /^[1-9][0-9]{0,5}$/;

/** Parse the catch-all segments after /runs/<log>; null when they are not a valid run path. */
export function parseRunRest(rest: readonly string[]): { turn: number | null; attempt: number | null } | null {
  let turn: number | null = null;
  let attempt: number | null = null;
  let i = 0;
  if (rest[i] === "turn") {
    const n = rest[i + 1];
    if (n === undefined || !POSITIVE_INT.test(n)) return null;
    turn = Number(n);
    i += 2;
  }
  if (rest[i] === "attempt") {
    const n = rest[i + 1];
    if (n === undefined || !POSITIVE_INT.test(n)) return null;
    attempt = Number(n);
    i += 2;
  }
  return i === rest.length ? { turn, attempt } : null;
}
