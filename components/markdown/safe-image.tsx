"use client";

import { useState } from "react";
import { isRemoteUrl } from "./safe-url";

/**
 * Images in agent output never load on their own: a remote image is a
 * tracking/exfiltration channel. They show as a placeholder that loads on click;
 * relative paths (files in the agent's workspace) are not served, so they stay a label.
 */
export function SafeImage({ src, alt }: { src?: string; alt?: string }) {
  const [load, setLoad] = useState(false);
  const label = alt?.trim() || "image";
  if (!src) return <span className="text-muted">[{label}]</span>;
  if (!isRemoteUrl(src)) {
    return (
      <span className="inline-flex items-center gap-1 rounded border border-border bg-surface px-1.5 text-[12px] text-muted" title={src}>
        🖼 {label} <span className="font-mono">({src})</span>
      </span>
    );
  }
  if (load) {
    // eslint-disable-next-line @next/next/no-img-element -- arbitrary remote URL the user chose to load
    return <img src={src} alt={label} referrerPolicy="no-referrer" loading="lazy" className="max-w-full rounded border border-border" />;
  }
  let host = src;
  try {
    host = new URL(src, "https://x.invalid").host;
  } catch {
    /* keep raw src as label */
  }
  return (
    <button
      type="button"
      onClick={() => setLoad(true)}
      className="inline-flex items-center gap-1.5 rounded border border-dashed border-border-strong bg-surface px-2 py-1 text-[12px] text-muted hover:text-foreground"
      title={`Load image from ${host}`}
      data-testid="markdown-image-placeholder"
    >
      🖼 {label} · load from <span className="font-mono">{host}</span>
    </button>
  );
}
