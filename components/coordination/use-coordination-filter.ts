"use client";

import { useMemo } from "react";
import { useUrlState } from "@/components/permalink/use-url-state";
import { filterRows } from "@/lib/prepare/coordination-facets";
import type { CoordRow } from "@/lib/prepare/coordination-types";
import { coordFilterFromParams, coordFilterParams } from "@/lib/prepare/export-permalink";

/**
 * Filter state of the coordination table and the rows it lets through. It
 * lives in the URL (`agent`, `event`, `av`) so a copied link restores it and
 * the timeline's heatmap can link straight to one agent's events.
 */
export function useCoordinationFilter(rows: readonly CoordRow[]) {
  const [filter, setFilter] = useUrlState(coordFilterFromParams, coordFilterParams);
  const visible = useMemo(() => filterRows(rows, filter), [rows, filter]);
  return { filter, setFilter, visible };
}
