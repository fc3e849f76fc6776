import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** Opens/closes the "what the agent had seen" side panel; pressed while it is open. */
export function ContextButton({ open, onClick, title, children }: { open: boolean; onClick: () => void; title: string; children: ReactNode }) {
  return (
    <Button
      size="sm"
      variant="outline"
      aria-pressed={open}
      onClick={onClick}
      title={title}
      data-testid="answer-context-button"
      className={cn(open && "border-foreground bg-surface-2")}
    >
      {children}
    </Button>
  );
}
