"use client";

import { useCallback, useRef, useState } from "react";
import type { BlockPart } from "@/lib/prepare/trace";
import { fetchJson, traceUrl, type TraceTarget } from "./trace-api";

export interface LoadedBlock {
  status: "loading" | "ready" | "error";
  parts: BlockPart[];
  message?: string;
}

/**
 * Block bodies fetched on demand (when a row scrolls into view or asks for its
 * next part) and kept for the life of the viewer, keyed by block index.
 */
export function useBlockParts(target: TraceTarget, file: string) {
  const [blocks, setBlocks] = useState<ReadonlyMap<number, LoadedBlock>>(new Map());
  const inflight = useRef(new Set<string>());

  const fetchPart = useCallback(
    (index: number, offset: number) => {
      const key = `${index}:${offset}`;
      if (inflight.current.has(key)) return;
      inflight.current.add(key);
      const update = (fn: (prev: LoadedBlock | undefined) => LoadedBlock) =>
        setBlocks((m) => new Map(m).set(index, fn(m.get(index))));
      update((prev) => ({ status: "loading", parts: prev?.parts ?? [] }));
      fetchJson<BlockPart>(traceUrl(target, { file, block: index, offset }))
        .then((part) => update((prev) => ({ status: "ready", parts: [...(prev?.parts ?? []), part] })))
        .catch((e: unknown) => {
          inflight.current.delete(key);
          update((prev) => ({ status: "error", parts: prev?.parts ?? [], message: e instanceof Error ? e.message : String(e) }));
        });
    },
    [target, file],
  );

  const ensure = useCallback(
    (index: number) => {
      if (!blocks.has(index)) fetchPart(index, 0);
    },
    [blocks, fetchPart],
  );

  const loadMore = useCallback(
    (index: number) => {
      const next = blocks.get(index)?.parts.at(-1)?.nextOffset;
      if (next !== null && next !== undefined) fetchPart(index, next);
    },
    [blocks, fetchPart],
  );

  return { blocks, ensure, loadMore };
}
