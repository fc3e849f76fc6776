import Link from "next/link";
import type { ReactNode } from "react";
import { LiveIndicator } from "@/components/live/live-indicator";

/** Compact product bar: name on the left, the served log roots on the right. */
export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="flex h-12 shrink-0 items-center gap-4 border-b border-border bg-background px-6">
      <Link href="/" prefetch={false} className="flex items-center gap-2 text-[14px] font-semibold tracking-tight">
        <Logo />
        massgen-dash
      </Link>
      <div className="ml-auto flex min-w-0 items-center gap-3">
        <LiveIndicator />
        {children}
      </div>
    </header>
  );
}

function Logo() {
  // Three agents converging on one answer.
  return (
    <svg aria-hidden width="18" height="18" viewBox="0 0 18 18" className="shrink-0">
      <rect width="18" height="18" rx="5" fill="var(--foreground)" />
      <circle cx="5.5" cy="6" r="1.6" fill="#93c5fd" />
      <circle cx="12.5" cy="6" r="1.6" fill="#fcd34d" />
      <circle cx="9" cy="12.5" r="1.9" fill="#6ee7b7" />
    </svg>
  );
}
