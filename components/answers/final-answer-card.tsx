import type { FinalAnswerView } from "@/lib/prepare/answers";
import { Markdown } from "@/components/markdown/markdown";
import { AgentChip } from "@/components/ui/agent-chip";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { ContextButton } from "./context-button";
import { WorkspaceFiles } from "./workspace-files";

/** The winner's final answer (final/<winner>/answer.txt), marked as such, with its workspace file names. */
export function FinalAnswerCard({
  final,
  contextOpen,
  onToggleContext,
}: {
  final: FinalAnswerView;
  contextOpen: boolean;
  onToggleContext: () => void;
}) {
  return (
    <Card data-testid="final-answer-card" className="border-ok/40" style={{ boxShadow: `inset 3px 0 0 ${final.color.solid}` }}>
      <CardHeader className="flex-wrap bg-ok-soft/40">
        <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
          <span className="rounded bg-ok-soft px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-ok uppercase">Final answer</span>
          {final.label && <span className="font-mono text-[13px] font-semibold">{final.label}</span>}
          <AgentChip id={final.agentId} color={final.color} title={`winner: ${final.agentId}`} />
          <span className="truncate font-mono text-[11px] text-subtle" title={final.file}>
            {final.file}
          </span>
        </div>
        <ContextButton open={contextOpen} onClick={onToggleContext} title={`context.txt of ${final.contextDir}`}>
          What the presenter had seen
        </ContextButton>
      </CardHeader>
      <CardBody className="px-5 py-4" data-testid="final-answer-body">
        {final.text.trim() ? <Markdown text={final.text} /> : <p className="text-[13px] text-muted">The final answer file is empty.</p>}
      </CardBody>
      <WorkspaceFiles files={final.workspaceFiles} dir={`${final.contextDir}/workspace/`} />
    </Card>
  );
}
