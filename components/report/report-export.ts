/** Copy and Download of the report shown in the panel (browser only). */
import { downloadText } from "@/components/export/capture";

export function reportFileName(logId: string, turn: number | null): string {
  const safe = logId.replace(/[^A-Za-z0-9._-]+/g, "_");
  return `${safe}${turn === null ? "" : `_turn_${turn}`}_ANALYSIS_REPORT.md`;
}

/** The async clipboard API needs a secure context: loopback URLs are one, a LAN address is not. */
export async function copyMarkdown(markdown: string): Promise<void> {
  if (!navigator.clipboard) throw new Error("The clipboard is not available on this page (it needs localhost or HTTPS); use Download instead.");
  await navigator.clipboard.writeText(markdown);
}

export function downloadMarkdown(markdown: string, fileName: string): void {
  downloadText(markdown, fileName, "text/markdown;charset=utf-8");
}
