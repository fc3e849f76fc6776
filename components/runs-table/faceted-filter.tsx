"use client";

import { useCallback, useId, useRef, useState } from "react";
import type { FacetOption } from "@/lib/prepare/runs-facets";
import { cn } from "@/components/ui/cn";
import { useDismiss } from "./use-dismiss";

export interface FacetGroup {
  id: string;
  heading?: string;
  options: FacetOption[];
  selected: string[];
}

interface FacetedFilterProps {
  title: string;
  groups: FacetGroup[];
  onChange: (groupId: string, selected: string[]) => void;
  onClear: () => void;
  /** show a search box inside the menu (long lists such as agents) */
  searchable?: boolean;
  "data-testid"?: string;
}

/** A toolbar button opening a checkbox list with counts (shadcn tasks' faceted filter). */
export function FacetedFilter({ title, groups, onChange, onClear, searchable, ...rest }: FacetedFilterProps) {
  const [open, setOpen] = useState(false);
  const [needle, setNeedle] = useState("");
  const ref = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);

  const selected = groups.flatMap((g) => g.selected.map((v) => g.options.find((o) => o.value === v)?.label ?? v));
  const n = needle.trim().toLowerCase();

  return (
    <div ref={ref} className="relative" data-testid={rest["data-testid"]}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        className={cn(
          "inline-flex h-8 items-center gap-1.5 rounded-md border border-dashed px-2.5 text-[13px] font-medium transition-colors",
          selected.length ? "border-border-strong bg-surface text-foreground" : "border-border text-muted hover:bg-surface-2",
        )}
      >
        <span aria-hidden className="text-subtle">
          ⊕
        </span>
        {title}
        {selected.length > 0 && (
          <span className="ml-0.5 max-w-40 truncate rounded bg-accent-soft px-1.5 text-[11px] text-accent">
            {selected.length <= 2 ? selected.join(", ") : `${selected.length} selected`}
          </span>
        )}
      </button>
      {open && (
        <div
          id={menuId}
          role="dialog"
          aria-label={`${title} filter`}
          className="absolute left-0 top-9 z-40 w-64 rounded-lg border border-border bg-background p-1 shadow-lg shadow-black/5"
        >
          {searchable && (
            <input
              autoFocus
              value={needle}
              onChange={(e) => setNeedle(e.target.value)}
              placeholder={`Filter ${title.toLowerCase()}…`}
              aria-label={`Filter ${title} options`}
              className="mb-1 h-8 w-full rounded-md border-0 bg-surface-2 px-2 text-[13px] outline-none placeholder:text-subtle"
            />
          )}
          <div className="max-h-72 overflow-y-auto">
            {groups.map((g) => (
              <FacetGroupList key={g.id} group={g} needle={n} onChange={(next) => onChange(g.id, next)} />
            ))}
          </div>
          {selected.length > 0 && (
            <button
              type="button"
              onClick={onClear}
              className="mt-1 h-8 w-full rounded-md border-t border-border text-[12px] font-medium text-muted hover:bg-surface-2 hover:text-foreground"
            >
              Clear filter
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function FacetGroupList({ group, needle, onChange }: { group: FacetGroup; needle: string; onChange: (s: string[]) => void }) {
  const options = needle ? group.options.filter((o) => o.label.toLowerCase().includes(needle)) : group.options;
  if (options.length === 0) return null;
  return (
    <div role="group" aria-label={group.heading}>
      {group.heading && (
        <div className="px-2 pt-2 pb-1 text-[10px] font-semibold tracking-wider text-subtle uppercase">{group.heading}</div>
      )}
      {options.map((o) => {
        const checked = group.selected.includes(o.value);
        return (
          <label
            key={o.value}
            className="flex h-8 cursor-pointer items-center gap-2 rounded-md px-2 text-[13px] hover:bg-surface-2"
          >
            <input
              type="checkbox"
              checked={checked}
              value={o.value}
              onChange={() =>
                onChange(checked ? group.selected.filter((v) => v !== o.value) : [...group.selected, o.value])
              }
              className="size-3.5 accent-[var(--accent)]"
            />
            <span className="min-w-0 flex-1 truncate">{o.label}</span>
            <span className="font-mono text-[11px] text-subtle tabular-nums">{o.count}</span>
          </label>
        );
      })}
    </div>
  );
}
