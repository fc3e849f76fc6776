/**
 * The theme the user picked. "system" follows prefers-color-scheme; the others
 * pin it. Shared by the server layout (cookie → data-theme) and the client toggle.
 */
export type ThemeChoice = "light" | "dark" | "system";

export const THEME_COOKIE = "massgen-dash-theme";
export const THEME_STORAGE_KEY = "massgen-dash-theme";

export function parseThemeChoice(v: string | null | undefined): ThemeChoice {
  return v === "light" || v === "dark" ? v : "system";
}

/** The value for <html data-theme>: absent while following the system. */
export function themeAttr(choice: ThemeChoice): "light" | "dark" | undefined {
  return choice === "system" ? undefined : choice;
}
