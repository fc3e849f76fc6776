import type { AgentColor } from "@/lib/prepare/agent-colors";
import { cn } from "./cn";

/** An agent id in its colour. The id is untrusted text: rendered as text only. */
export function AgentChip({
  id,
  color,
  title,
  className,
}: {
  id: string;
  color: AgentColor;
  title?: string;
  className?: string;
}) {
  return (
    <span
      title={title ?? id}
      className={cn("inline-flex max-w-full min-w-0 items-center gap-1.5 text-[12px] font-medium", className)}
      style={{ color: color.fg }}
    >
      <span aria-hidden className="inline-block size-2 shrink-0 rounded-full" style={{ background: color.solid }} />
      <span className="truncate">{id}</span>
    </span>
  );
}
