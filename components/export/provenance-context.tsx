"use client";

import { createContext, type ReactNode, useContext } from "react";
import type { Provenance } from "@/lib/prepare/export-provenance";

const ProvenanceContext = createContext<Provenance | null>(null);

/** Set once per run page so every exportable panel below can sign its images. */
export function ExportProvenance({ value, children }: { value: Provenance; children: ReactNode }) {
  return <ProvenanceContext value={value}>{children}</ProvenanceContext>;
}

export function useProvenance(): Provenance | null {
  return useContext(ProvenanceContext);
}
