"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { ErrorState } from "./error-state";

export interface SegmentErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
  /** Next 16 passes `retry` (refresh + reset); older routers only `reset`. */
  retry?: () => void;
}

/**
 * Body of an error.tsx boundary. `reset` alone re-renders the client tree
 * with the same failed server payload, so Retry also refreshes the server data.
 */
export function SegmentError({ error, reset, retry, title }: SegmentErrorProps & { title: string }) {
  const router = useRouter();
  const onRetry =
    retry ??
    (() =>
      startTransition(() => {
        router.refresh();
        reset();
      }));
  return (
    <div className="px-6">
      <ErrorState
        title={title}
        // Production builds replace server error messages with a generic one; the digest links to the server log.
        message={error.message || "Something went wrong while reading the logs."}
        digest={error.digest}
        onRetry={onRetry}
      />
    </div>
  );
}
