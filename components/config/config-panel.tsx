import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import { ParseIssuesBanner } from "@/components/states/parse-issues-banner";
import type { ConfigView } from "@/lib/prepare/config";
import { ConfigAgents } from "./config-agents";
import { ConfigTable } from "./config-table";

const EMPTY: Record<string, string> = {
  orchestrator: "No orchestrator settings: MassGen defaults were used.",
  config: "No other settings.",
  cli: "Not recorded for this run.",
  run: "Not recorded.",
};

/** The "Config" tab (issue #3): execution_metadata.yaml as a readable panel, secrets already redacted. */
export function ConfigPanel({ view }: { view: ConfigView }) {
  if (view.state === "missing") {
    return (
      <div data-testid="config-panel" className="rounded-lg border border-dashed border-border-strong px-6 py-10 text-center text-[13px] text-muted">
        <p className="font-medium text-foreground">No run configuration recorded</p>
        <p className="mt-1">
          MassGen writes <code className="font-mono">execution_metadata.yaml</code> since {view.since}; this run has none at{" "}
          <code className="font-mono break-all">{view.file}</code>.
        </p>
      </div>
    );
  }
  if (view.state === "unreadable") {
    return (
      <div data-testid="config-panel">
        <ParseIssuesBanner issues={view.issues} />
      </div>
    );
  }
  return (
    <div data-testid="config-panel" className="flex flex-col gap-4">
      <ParseIssuesBanner issues={view.issues} />
      <Card>
        <CardHeader>
          <CardTitle>Question</CardTitle>
        </CardHeader>
        <CardBody>
          <p className="text-[13px] whitespace-pre-wrap break-words">{view.question ?? "Not recorded."}</p>
        </CardBody>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Agents</CardTitle>
          <span className="text-[12px] text-muted">{view.agents.length}</span>
        </CardHeader>
        <CardBody>
          <ConfigAgents agents={view.agents} />
        </CardBody>
      </Card>
      {view.sections.map((s) => (
        <Card key={s.id} data-testid={`config-section-${s.id}`}>
          <CardHeader>
            <CardTitle>{s.title}</CardTitle>
          </CardHeader>
          <CardBody className="py-1">
            <ConfigTable rows={s.rows} empty={EMPTY[s.id] ?? "None."} />
          </CardBody>
        </Card>
      ))}
    </div>
  );
}
