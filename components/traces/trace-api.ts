/** Client side of app/api/runs/[log]/trace (list, outline, range and search modes). */

export interface TraceTarget {
  logId: string;
  turn: number | null;
  attempt: number | null;
}

export function traceUrl(t: TraceTarget, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  if (t.turn !== null) q.set("turn", String(t.turn));
  if (t.attempt !== null) q.set("attempt", String(t.attempt));
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  return `/api/runs/${encodeURIComponent(t.logId)}/trace?${q}`;
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, cache: "no-store" });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}
