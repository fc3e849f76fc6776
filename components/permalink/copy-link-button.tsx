"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies the address as it is now: tab, filters, focused agent and time range all live in it. */
export function CopyLinkButton() {
  const [done, setDone] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setDone("Link copied");
    } catch {
      setDone("Copy failed");
    }
    setTimeout(() => setDone(null), 2000);
  };
  return (
    <Button size="sm" variant="ghost" onClick={copy} title="Copy a link to exactly this view" data-testid="copy-link" className="h-6 px-1.5 text-[11px]">
      <span aria-live="polite">{done ?? "Copy link"}</span>
    </Button>
  );
}
