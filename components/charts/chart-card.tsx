import type { ReactNode } from "react";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";

/** One chart's frame: title, a one-line unit/source note, optional controls. */
export function ChartCard({
  title,
  note,
  controls,
  testId,
  className,
  children,
}: {
  title: string;
  note?: string;
  controls?: ReactNode;
  testId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card data-testid={testId} className={className}>
      <CardHeader>
        <div className="min-w-0">
          <CardTitle>{title}</CardTitle>
          {note && <p className="truncate text-[11px] text-muted">{note}</p>}
        </div>
        {controls}
      </CardHeader>
      <CardBody>{children}</CardBody>
    </Card>
  );
}
