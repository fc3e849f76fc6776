import type { RunPageView } from "@/lib/prepare/run-page";
import { Markdown } from "@/components/markdown/markdown";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { AgentChip } from "@/components/ui/agent-chip";

/** The winner's final answer (answer.txt), rendered as sanitized markdown. */
export function FinalAnswer({ view }: { view: RunPageView }) {
  const final = view.finalAnswer;
  const color = final ? view.agents.find((a) => a.id === final.agentId)?.color : undefined;
  return (
    <Card data-testid="final-answer">
      <CardHeader>
        <CardTitle>Final answer</CardTitle>
        {final && (
          <span className="flex min-w-0 items-center gap-2 text-[12px] text-muted">
            {color ? <AgentChip id={final.agentId} color={color} /> : final.agentId}
            {final.label && <span className="font-mono">{final.label}</span>}
            <span className="truncate font-mono text-subtle" title={final.file}>
              {final.file}
            </span>
          </span>
        )}
      </CardHeader>
      <CardBody className="px-5 py-4">
        {final ? (
          final.text.trim() ? (
            <Markdown text={final.text} />
          ) : (
            <p className="text-[13px] text-muted">The final answer file is empty.</p>
          )
        ) : (
          <p className="text-[13px] text-muted">
            {view.state === "running"
              ? "No final answer yet: the agents are still working."
              : "No final answer was recorded for this attempt."}
          </p>
        )}
      </CardBody>
    </Card>
  );
}
