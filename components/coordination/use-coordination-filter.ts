"use client";

import { useMemo, useState } from "react";
import { filterRows, NO_FILTER, type CoordFilter } from "@/lib/prepare/coordination-facets";
import type { CoordRow } from "@/lib/prepare/coordination-types";

/** Filter state of the coordination table and the rows it lets through. */
export function useCoordinationFilter(rows: readonly CoordRow[]) {
  const [filter, setFilter] = useState<CoordFilter>(NO_FILTER);
  const visible = useMemo(() => filterRows(rows, filter), [rows, filter]);
  return { filter, setFilter, visible };
}
