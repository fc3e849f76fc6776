import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/** The 404 body shared by the app's not-found pages. */
export function NotFoundState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto mt-16 flex max-w-xl flex-col gap-3 px-6" data-testid="not-found">
      <p className="font-mono text-[12px] text-muted">404</p>
      <h1 className="text-[18px] font-semibold tracking-tight">{title}</h1>
      <p className="text-[13px] text-muted">{children}</p>
      <div>
        <Link href="/" className={buttonClass("outline", "md")}>
          ← All runs
        </Link>
      </div>
    </div>
  );
}
