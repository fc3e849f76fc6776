import type { Metadata } from "next";
import { type ReactNode, Suspense } from "react";
import { AppHeader } from "@/components/shell/app-header";
import { HeaderRoots } from "./header-roots";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "massgen-dash", template: "%s · massgen-dash" },
  description: "Local dashboard for MassGen multi-agent experiment logs",
  robots: { index: false, follow: false },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex h-dvh flex-col overflow-hidden">
        <AppHeader>
          <Suspense fallback={null}>
            <HeaderRoots />
          </Suspense>
        </AppHeader>
        <main className="min-h-0 flex-1 overflow-auto">{children}</main>
      </body>
    </html>
  );
}
