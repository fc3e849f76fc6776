"use client";

import { useEffect, useState } from "react";
import type { TraceOutline } from "@/lib/prepare/trace";
import { fetchJson, traceUrl, type TraceTarget } from "./trace-api";

export type OutlineState = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; outline: TraceOutline };

type Settled = { key: string } & ({ status: "error"; message: string } | { status: "ready"; outline: TraceOutline });

/** The outline of one trace file; `retry` refetches after an error. */
export function useTraceOutline(target: TraceTarget, file: string): { state: OutlineState; retry: () => void } {
  const [settled, setSettled] = useState<Settled | null>(null);
  const [round, setRound] = useState(0);
  const url = traceUrl(target, { file });
  // a result belongs to one request: anything else means this request is still loading
  const key = `${url}#${round}`;
  useEffect(() => {
    const ctl = new AbortController();
    fetchJson<TraceOutline>(url, ctl.signal)
      .then((outline) => setSettled({ key, status: "ready", outline }))
      .catch((e: unknown) => {
        if (!ctl.signal.aborted) setSettled({ key, status: "error", message: e instanceof Error ? e.message : String(e) });
      });
    return () => ctl.abort();
  }, [url, key]);
  const state: OutlineState = settled?.key === key ? settled : { status: "loading" };
  return { state, retry: () => setRound((n) => n + 1) };
}
