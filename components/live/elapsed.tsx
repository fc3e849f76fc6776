"use client";

import { useEffect, useState } from "react";

/** Seconds since `since` (unix seconds), ticking once a second. */
export function useNowSeconds(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now() / 1000);
    tick();
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, []);
  return now;
}

export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** Rendered empty on the server and first paint (the clock differs), then ticking. */
export function Elapsed({ since, className }: { since: number; className?: string }) {
  const now = useNowSeconds();
  return (
    <span className={className} data-testid="elapsed" suppressHydrationWarning>
      {now === null ? "" : formatElapsed(now - since)}
    </span>
  );
}
