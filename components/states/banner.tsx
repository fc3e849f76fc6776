import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

const TONES = {
  info: "border-accent/20 bg-accent-soft text-foreground [&_[data-icon]]:text-accent",
  warn: "border-warn/25 bg-warn-soft text-foreground [&_[data-icon]]:text-warn",
  bad: "border-bad/20 bg-bad-soft text-foreground [&_[data-icon]]:text-bad",
} as const;

/** A slim notice strip used by the demo, watch-warning and parse-issues banners. */
export function Banner({
  tone,
  icon,
  title,
  children,
  className,
  ...rest
}: {
  tone: keyof typeof TONES;
  icon: string;
  title: ReactNode;
  children?: ReactNode;
  className?: string;
  "data-testid"?: string;
}) {
  return (
    <div
      role={tone === "info" ? "status" : "alert"}
      className={cn("flex gap-2.5 rounded-lg border px-3.5 py-2.5 text-[13px]", TONES[tone], className)}
      data-testid={rest["data-testid"]}
    >
      <span data-icon aria-hidden className="mt-px shrink-0 font-semibold">
        {icon}
      </span>
      <div className="min-w-0 flex-1">
        <div className="font-medium">{title}</div>
        {children && <div className="mt-1 text-muted">{children}</div>}
      </div>
    </div>
  );
}
