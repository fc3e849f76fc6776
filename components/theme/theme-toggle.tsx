"use client";

import { useEffect, useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";
import type { ThemeChoice } from "./theme-choice";
import { readThemeChoice, restoreStoredTheme, setThemeChoice, subscribeTheme } from "./theme-store";

const OPTIONS: { choice: ThemeChoice; label: string; icon: string }[] = [
  { choice: "light", label: "Light theme", icon: "☀" },
  { choice: "dark", label: "Dark theme", icon: "☾" },
  { choice: "system", label: "Follow the system theme", icon: "◐" },
];

/** Light / dark / system, in the app bar. `initial` is what the server rendered (from the cookie). */
export function ThemeToggle({ initial }: { initial: ThemeChoice }) {
  const choice = useSyncExternalStore(subscribeTheme, readThemeChoice, () => initial);
  useEffect(restoreStoredTheme, []);
  return (
    <div role="group" aria-label="Theme" data-testid="theme-toggle" className="inline-flex shrink-0 rounded-md border border-border p-0.5">
      {OPTIONS.map((o) => (
        <button
          key={o.choice}
          type="button"
          aria-label={o.label}
          title={`${o.label}${o.choice === "system" ? "" : " (t toggles)"}`}
          aria-pressed={choice === o.choice}
          data-testid={`theme-${o.choice}`}
          onClick={() => setThemeChoice(o.choice)}
          className={cn(
            "inline-flex size-6 items-center justify-center rounded text-[13px] leading-none transition-colors",
            choice === o.choice ? "bg-surface-2 text-foreground" : "text-subtle hover:text-foreground",
          )}
        >
          <span aria-hidden>{o.icon}</span>
        </button>
      ))}
    </div>
  );
}
