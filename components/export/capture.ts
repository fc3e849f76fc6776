"use client";

import { domToBlob } from "modern-screenshot";

/** Pixel ratio of exported images (issue 7: "Download PNG at 2×"). */
export const EXPORT_SCALE = 2;

/** Marks elements (toolbars) that never appear in an exported image. */
export const EXPORT_IGNORE_ATTR = "data-export-ignore";

/**
 * Rasterize a panel with modern-screenshot. `data-capturing` is set for the
 * duration so CSS can show the provenance footer inside the captured node.
 */
export async function capturePng(node: HTMLElement): Promise<Blob> {
  node.setAttribute("data-capturing", "");
  try {
    return await domToBlob(node, {
      type: "image/png",
      scale: EXPORT_SCALE,
      backgroundColor: getComputedStyle(document.body).backgroundColor,
      filter: (n) => !(n instanceof Element && n.hasAttribute(EXPORT_IGNORE_ATTR)),
      // system font stacks only (no web fonts to embed)
      font: false,
    });
  } finally {
    node.removeAttribute("data-capturing");
  }
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // revoke after the click has been handled
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** The clipboard gets a promise, so the user gesture is still live when the image is ready (Safari). */
export async function copyPng(node: HTMLElement): Promise<void> {
  await navigator.clipboard.write([new ClipboardItem({ "image/png": capturePng(node) })]);
}
