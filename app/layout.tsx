import type { Metadata } from "next";
import { cookies } from "next/headers";
import { type ReactNode, Suspense } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { AgentFocusStyle } from "@/components/permalink/agent-focus-style";
import { Shortcuts } from "@/components/shortcuts/shortcuts";
import { parseThemeChoice, THEME_COOKIE, themeAttr } from "@/components/theme/theme-choice";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { HeaderRoots } from "./header-roots";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "massgen-dash", template: "%s · massgen-dash" },
  description: "Local dashboard for MassGen multi-agent experiment logs",
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The theme comes from a cookie so the server renders the right one: no flash, no inline script (CSP-friendly).
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={themeAttr(theme)}>
      <body className="flex h-dvh flex-col overflow-hidden">
        <AppHeader>
          <Suspense fallback={null}>
            <HeaderRoots />
          </Suspense>
          <Shortcuts />
          <ThemeToggle initial={theme} />
        </AppHeader>
        <main className="min-h-0 flex-1 overflow-auto">{children}</main>
        <Suspense fallback={null}>
          <AgentFocusStyle />
        </Suspense>
      </body>
    </html>
  );
}
