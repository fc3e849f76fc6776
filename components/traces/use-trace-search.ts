"use client";

import { useEffect, useState } from "react";
import type { SearchHits } from "@/lib/prepare/trace";
import { fetchJson, traceUrl, type TraceTarget } from "./trace-api";

const DEBOUNCE_MS = 250;

type Result = { url: string; hits: SearchHits | null; error: string | null };

/** Server-side search over the whole file (it may be only partly loaded here), debounced. */
export function useTraceSearch(target: TraceTarget, file: string, query: string): { hits: SearchHits | null; error: string | null } {
  const [result, setResult] = useState<Result | null>(null);
  const q = query.trim();
  const url = q === "" ? null : traceUrl(target, { file, q });
  useEffect(() => {
    if (url === null) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      fetchJson<SearchHits>(url, ctl.signal)
        .then((hits) => setResult({ url, hits, error: null }))
        .catch((e: unknown) => {
          if (!ctl.signal.aborted) setResult({ url, hits: null, error: e instanceof Error ? e.message : String(e) });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [url]);
  // only the answer to the current query counts
  return result && result.url === url ? { hits: result.hits, error: result.error } : { hits: null, error: null };
}
