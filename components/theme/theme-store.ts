"use client";

import { parseThemeChoice, THEME_COOKIE, THEME_STORAGE_KEY, type ThemeChoice, themeAttr } from "./theme-choice";

/**
 * The theme lives on <html data-theme> (the server renders it from the cookie,
 * so a reload never flashes the wrong theme). The cookie is what the server
 * reads; localStorage keeps the choice if cookies are cleared.
 */
const CHANGE = "massgen-dash:theme";
const DARK_QUERY = "(prefers-color-scheme: dark)";

export function readThemeChoice(): ThemeChoice {
  return parseThemeChoice(document.documentElement.dataset.theme);
}

export function systemIsDark(): boolean {
  return window.matchMedia(DARK_QUERY).matches;
}

export function effectiveTheme(choice: ThemeChoice): "light" | "dark" {
  if (choice !== "system") return choice;
  return systemIsDark() ? "dark" : "light";
}

export function setThemeChoice(choice: ThemeChoice): void {
  const attr = themeAttr(choice);
  if (attr) document.documentElement.dataset.theme = attr;
  else delete document.documentElement.dataset.theme;
  const maxAge = choice === "system" ? 0 : 60 * 60 * 24 * 365;
  document.cookie = `${THEME_COOKIE}=${choice}; path=/; max-age=${maxAge}; samesite=lax`;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // storage may be disabled; the cookie alone still works
  }
  window.dispatchEvent(new Event(CHANGE));
}

export function toggleTheme(): void {
  setThemeChoice(effectiveTheme(readThemeChoice()) === "dark" ? "light" : "dark");
}

/** The cookie was lost (cleared, expired) but localStorage still has a pinned choice: restore it. */
export function restoreStoredTheme(): void {
  if (document.cookie.split("; ").some((c) => c.startsWith(`${THEME_COOKIE}=`))) return;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return;
  }
  const choice = parseThemeChoice(stored);
  if (choice !== readThemeChoice()) setThemeChoice(choice);
}

/** For useSyncExternalStore: theme changes from any toggle, and system changes while following it. */
export function subscribeTheme(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  window.addEventListener(CHANGE, onChange);
  media.addEventListener("change", onChange);
  return () => {
    window.removeEventListener(CHANGE, onChange);
    media.removeEventListener("change", onChange);
  };
}
