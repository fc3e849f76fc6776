import { parseRunRest } from "@/lib/routes";

/** Route params arrive percent-encoded in some Next versions; decode once, tolerating bad escapes. */
function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The log id, turn and attempt of a run URL, or null when the rest of the path is not turn/<n>/attempt/<n>. */
export function runAddress(log: string, rest: readonly string[] | undefined) {
  const ref = parseRunRest(rest ?? []);
  return ref ? { logId: decodeSegment(log), ...ref } : null;
}
