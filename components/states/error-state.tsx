"use client";

import { Button } from "@/components/ui/button";

/** Error view for error.tsx boundaries: what failed, plus a Retry that re-renders the segment. */
export function ErrorState({ title, message, digest, onRetry }: { title: string; message: string; digest?: string; onRetry: () => void }) {
  return (
    <div
      role="alert"
      data-testid="error-state"
      className="mx-auto mt-16 flex max-w-xl flex-col gap-3 rounded-xl border border-bad/20 bg-bad-soft/40 px-8 py-8"
    >
      <h2 className="text-[15px] font-semibold tracking-tight">{title}</h2>
      <p className="text-[13px] text-muted break-words">{message}</p>
      {digest && <p className="font-mono text-[11px] text-subtle">Error id: {digest}</p>}
      <div>
        <Button variant="primary" onClick={onRetry} data-testid="retry">
          Retry
        </Button>
      </div>
    </div>
  );
}
