"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Free-text search, debounced into the URL. Local text follows the URL when it
 * changes from outside (Back, a pasted link) without fighting the user's typing.
 */
export function SearchInput({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // "Adjust state while rendering" (React docs) instead of an effect that sets state.
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const change = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange(next), 150);
  };

  return (
    <div className="relative w-72 max-w-full">
      <span aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-[13px] text-subtle">
        ⌕
      </span>
      <input
        type="search"
        value={text}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape" && text) change("");
        }}
        placeholder="Search questions and agents…"
        aria-label="Search runs"
        data-testid="runs-search"
        className="h-8 w-full rounded-md border border-border bg-background pr-2 pl-7 text-[13px] outline-none placeholder:text-subtle focus:border-border-strong focus:ring-2 focus:ring-ring/40"
      />
    </div>
  );
}
