"use client";

import { type ReactNode, useRef } from "react";
import { cn } from "@/components/ui/cn";
import { exportFileName } from "@/lib/prepare/export-provenance";
import { capturePng, copyPng, downloadBlob, downloadText } from "./capture";
import { ExportFooter } from "./export-footer";
import { type ExportAction, ExportToolbar } from "./export-toolbar";
import { useProvenance } from "./provenance-context";
import { chartSvg } from "./svg-export";

export interface ExportablePanelProps {
  /** what the panel is, for file names and the toolbar's label */
  name: string;
  children: ReactNode;
  /** the panel's data as CSV (charts) */
  csv?: () => string;
  /** offer the recharts drawing as an SVG file */
  svg?: boolean;
  /**
   * Where the toolbar sits: "row" above the panel; "overlay" on the panel's first line, right
   * (panels whose first line has a free right end); "card" inside a card header's right corner.
   */
  placement?: "row" | "overlay" | "card";
  /** show the provenance footer on paper too (once per printed page, on the summary) */
  printFooter?: boolean;
  /** extra toolbar content before the export buttons (e.g. Copy link) */
  toolbarStart?: ReactNode;
  className?: string;
}

const PLACEMENT = { row: "", overlay: "absolute -top-0.5 right-0", card: "absolute top-2 right-2" } as const;

/**
 * Wraps a panel with Copy image / Download PNG (2×) and, for charts, SVG and
 * CSV (issue 7 "Export a panel"). The captured node holds the panel and its
 * provenance footer; the toolbar stays outside it.
 */
export function ExportablePanel({ name, children, csv, svg = false, placement = "row", printFooter = false, toolbarStart, className }: ExportablePanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const provenance = useProvenance();
  const actions: ExportAction[] = [
    { id: "copy", label: "Copy image", title: "Copy this panel as a PNG image" },
    { id: "png", label: "PNG", title: "Download this panel as PNG (2×)" },
    ...(svg ? [{ id: "svg", label: "SVG", title: "Download the chart as SVG" } as const] : []),
    ...(csv ? [{ id: "csv", label: "CSV", title: "Download the chart's data as CSV" } as const] : []),
  ];
  const run = async (id: ExportAction["id"]): Promise<string | void> => {
    const node = ref.current;
    if (!node) return "Not ready";
    const file = (ext: string) => exportFileName(provenance, name, ext);
    switch (id) {
      case "copy":
        await copyPng(node);
        return "Copied";
      case "png":
        return downloadBlob(await capturePng(node), file("png"));
      case "svg": {
        const text = chartSvg(node);
        return text ? downloadText(text, file("svg"), "image/svg+xml") : "No chart drawn";
      }
      case "csv":
        return csv ? downloadText(csv(), file("csv"), "text/csv") : undefined;
    }
  };

  return (
    <div className={cn("relative flex min-w-0 flex-col", placement === "row" && "gap-1", className)} data-testid="export-panel" data-export-name={name}>
      <div data-export-ignore="" className={cn("z-10 flex justify-end", PLACEMENT[placement])}>
        <ExportToolbar actions={actions} onRun={run} name={name} before={toolbarStart} />
      </div>
      <div ref={ref} className="export-capture flex min-w-0 flex-col bg-background">
        {children}
        <ExportFooter print={printFooter} />
      </div>
    </div>
  );
}
