import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { VoteEntry, VoteFlag } from "@/lib/prepare/votes-types";

const FLAG: Record<VoteFlag, { text: string; tone: BadgeTone; title: string }> = {
  switch: { text: "switched", tone: "accent", title: "This voter supported a different answer in its previous vote" },
  self: { text: "self-vote", tone: "neutral", title: "Voted for its own answer" },
  ignored: { text: "ignored", tone: "warn", title: "Cast while a restart was pending; MassGen did not count it" },
  invalid: { text: "invalid", tone: "bad", title: "The target is not an agent or answer of this run" },
  stop: { text: "stop", tone: "live", title: "Decomposition mode: the agent stopped instead of voting" },
};

/** voter → answer label (agent), badges, and the full reason as plain text (agent output, never HTML). */
export function VoteRow({ e }: { e: VoteEntry }) {
  return (
    <li data-testid="vote-row" data-voter={e.voterId} data-flags={e.flags.join(" ")} data-kind={e.kind} className="flex flex-col gap-1 py-2">
      <div className="flex min-w-0 flex-wrap items-center gap-1.5 text-[12px]">
        <span className="inline-flex min-w-0 items-center gap-1.5 font-medium" style={{ color: e.voterColor.fg }}>
          <span aria-hidden className="size-2 shrink-0 rounded-full" style={{ background: e.voterColor.solid }} />
          <span className="truncate">{e.voterId}</span>
        </span>
        <span aria-hidden className="text-subtle">
          {e.kind === "stop" ? "■" : "→"}
        </span>
        {e.kind !== "stop" && (
          <span className="rounded px-1 font-mono text-[11px] font-medium" style={e.targetColor ? { background: e.targetColor.soft, color: e.targetColor.fg } : undefined}>
            {e.targetLabel ?? "target not recorded"}
          </span>
        )}
        {e.kind !== "stop" && e.targetAgentId && e.targetAgentId !== e.targetLabel && <span className="truncate text-[11px] text-muted">{e.targetAgentId}</span>}
        {e.kind === "stop" && e.targetLabel && <span className="text-[11px] text-muted">status: {e.targetLabel}</span>}
        {e.flags.map((f) => (
          <Badge key={f} tone={FLAG[f].tone} title={f === "switch" && e.switchedFrom ? `Previously supported ${e.switchedFrom}` : FLAG[f].title}>
            {f === "switch" && e.switchedFrom ? `switched from ${e.switchedFrom}` : FLAG[f].text}
          </Badge>
        ))}
        <span className="ml-auto font-mono text-[11px] text-subtle tabular-nums" title={e.localTime ?? undefined}>
          {e.relLabel ?? ""}
        </span>
      </div>
      <p className="pl-3.5 text-[12.5px] leading-relaxed break-words whitespace-pre-wrap text-foreground/90">
        {e.reason ?? <span className="text-subtle italic">Reason not recorded by this MassGen version.</span>}
      </p>
    </li>
  );
}
