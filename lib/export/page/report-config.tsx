import type { ConfigView } from "@/lib/prepare/config";
import { Card, Chip, Note } from "./chip";
import { clip } from "./limits";
import { StaticMarkdown } from "./markdown";

export function Report({ report, maxText }: { report: { path: string; markdown: string }; maxText: number }) {
  return (
    <Card id="report" title="Analysis report" note={report.path}>
      <div data-testid="bundle-report">
        <StaticMarkdown text={clip(report.markdown, maxText)} />
      </div>
    </Card>
  );
}

/** Agents and run facts from execution_metadata.yaml; secrets were replaced by the parser (lib/parse/redact.ts). */
export function Config({ view }: { view: ConfigView }) {
  if (view.state !== "ok") {
    return (
      <Card id="config" title="Config">
        <Note>{view.state === "missing" ? `${view.file} not found (MassGen writes it since ${view.since}).` : `${view.file} could not be read.`}</Note>
      </Card>
    );
  }
  const run = view.sections.find((s) => s.id === "run")?.rows ?? [];
  return (
    <Card id="config" title="Config" note={view.file}>
      <table>
        <tbody>
          {view.agents.map((a) => (
            <tr key={a.id}>
              <td style={{ width: 200 }}>
                <Chip text={a.id} color={null} />
              </td>
              <td className="mono small">{[a.backend, a.model].filter(Boolean).join(" · ") || "—"}</td>
            </tr>
          ))}
          {run.map((r) => (
            <tr key={r.key}>
              <td className="muted">{r.key}</td>
              <td className="mono small">{r.redacted ? <span className="badge warn">redacted</span> : (r.value ?? "—")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
