import type { ReactNode } from "react";
import { ExportablePanel } from "@/components/export/exportable-panel";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";

/** One chart's frame: title, a one-line unit/source note, optional controls, and its export toolbar. */
export function ChartCard({
  title,
  note,
  controls,
  testId,
  className,
  csv,
  svg = true,
  children,
}: {
  title: string;
  note?: string;
  controls?: ReactNode;
  testId: string;
  className?: string;
  /** the chart's data as CSV */
  csv?: () => string;
  /** false for cards that hold a table rather than a chart */
  svg?: boolean;
  children: ReactNode;
}) {
  return (
    <ExportablePanel name={title} csv={csv} svg={svg} placement="card" className={className}>
      <Card data-testid={testId}>
        {/* right padding leaves the corner to the export toolbar */}
        <CardHeader className="pr-52">
          <div className="min-w-0">
            <CardTitle>{title}</CardTitle>
            {note && <p className="truncate text-[11px] text-muted">{note}</p>}
          </div>
          {controls}
        </CardHeader>
        <CardBody>{children}</CardBody>
      </Card>
    </ExportablePanel>
  );
}
