"use client";

import { useEffect, useState } from "react";
import type { ContextResult } from "@/lib/prepare/answers-context";

export interface RunRef {
  logId: string;
  turn: number | null;
  attempt: number | null;
}

/** Which snapshot's context.txt to show: a RUN-relative dir (null: none matched the answer) and a heading label. */
export interface ContextTarget {
  dir: string | null;
  label: string;
}

export type ContextState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "loaded"; result: ContextResult };

export function contextUrl(run: RunRef, dir: string): string {
  const q = new URLSearchParams({ dir });
  if (run.turn !== null) q.set("turn", String(run.turn));
  if (run.attempt !== null) q.set("attempt", String(run.attempt));
  return `/api/runs/${encodeURIComponent(run.logId)}/context?${q.toString()}`;
}

/**
 * Loads one context.txt from the context route when the side panel opens
 * (never with the page: the files hold full system prompts). `retry` refetches.
 */
export function useSnapshotContext(run: RunRef, dir: string): { state: ContextState; retry: () => void } {
  const url = contextUrl(run, dir);
  const [attemptNo, setAttemptNo] = useState(0);
  const [done, setDone] = useState<{ key: string; state: ContextState } | null>(null);
  const key = `${url}#${attemptNo}`;

  useEffect(() => {
    const ctrl = new AbortController();
    fetch(url, { signal: ctrl.signal, headers: { Accept: "application/json" } })
      .then(async (res) => {
        const body: unknown = await res.json().catch(() => null);
        if (!res.ok) throw new Error(errorMessage(body) ?? `The server answered ${res.status}.`);
        setDone({ key, state: { status: "loaded", result: body as ContextResult } });
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setDone({ key, state: { status: "error", message: e instanceof Error ? e.message : "Could not load context.txt." } });
      });
    return () => ctrl.abort();
  }, [url, key]);

  return { state: done?.key === key ? done.state : { status: "loading" }, retry: () => setAttemptNo((n) => n + 1) };
}

function errorMessage(body: unknown): string | null {
  const err = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof err?.message === "string" ? err.message : null;
}
