import type { AttemptModel, LogSummary } from "@/lib/model/types";
import type { RunPageView } from "@/lib/prepare/run-page";
import type { RunTabId } from "@/lib/prepare/run-tabs";
import { prepareAnswers } from "@/lib/prepare/answers";
import { prepareCoordination } from "@/lib/prepare/coordination";
import { prepareVotes } from "@/lib/prepare/votes";
import { readCoordinationTable } from "@/lib/server/coordination-table";
import { getAttemptConfig } from "@/lib/server/metadata-reader";
import { getAttemptTraceFiles } from "@/lib/server/trace-reader";
import { runHref } from "@/lib/routes";
import { prepareCharts } from "@/lib/prepare/charts";
import { turnCosts } from "@/lib/prepare/charts-turns";
import { prepareTimeline } from "@/lib/prepare/timeline";
import { getAttempt } from "@/lib/server/queries";
import { AnswersPanel } from "@/components/answers";
import { ChartsPanel } from "@/components/charts";
import { TimelinePanel } from "@/components/timeline";
import { ConfigPanel } from "@/components/config";
import { ExportablePanel } from "@/components/export/exportable-panel";
import { CoordinationPanel } from "@/components/coordination";
import { FinalAnswer } from "@/components/run/final-answer";
import { ReportPanel } from "@/components/report";
import { TracePanel } from "@/components/traces";
import { VotesPanel } from "@/components/votes";

interface Props {
  tab: RunTabId;
  log: LogSummary;
  model: AttemptModel;
  view: RunPageView;
}

/** Reads only what the active tab needs, then hands prepared props to its panel. */
export async function RunPanel({ tab, log, model, view }: Props) {
  switch (tab) {
    case "coordination": {
      const raw = await readCoordinationTable(log.root, model.relPath);
      return (
        <ExportablePanel name="Coordination" placement="overlay">
          <CoordinationPanel view={prepareCoordination(model)} rawTable={raw.text} rawTableNote={raw.note} />
        </ExportablePanel>
      );
    }
    case "votes":
      return (
        <ExportablePanel name="Votes">
          <VotesPanel view={prepareVotes(model)} />
        </ExportablePanel>
      );
    case "answers":
      return (
        <AnswersPanel
          view={prepareAnswers(model, { workspaceListing: model.workspaceListing })}
          logId={log.id}
          turn={model.turn}
          attempt={model.attempt}
        />
      );
    case "charts":
      return <ChartsPanel view={prepareCharts(model)} turns={await logTurnCosts(log)} />;
    case "timeline": {
      const base = runHref({ logId: log.id, turn: model.turn, attempt: model.attempt });
      const hrefFor = (agentId: string, round: number | null) =>
        `${base}?tab=coordination&agent=${encodeURIComponent(agentId)}${round === null ? "" : `&round=${round}`}`;
      return (
        <ExportablePanel name="Timeline">
          <TimelinePanel view={prepareTimeline(model, { hrefFor })} />
        </ExportablePanel>
      );
    }
    case "traces": {
      const files = await getAttemptTraceFiles(log.id, model.turn, model.attempt);
      return <TracePanel logId={log.id} turn={model.turn} attempt={model.attempt} files={files} />;
    }
    case "config": {
      const config = await getAttemptConfig(log.id, model.turn, model.attempt);
      return config ? <ConfigPanel view={config} /> : null;
    }
    case "report":
      return <ReportPanel logId={log.id} turn={model.turn} />;
    case "overview":
      return <FinalAnswer view={view} />;
  }
}

/** Cost per turn needs the last attempt of every turn; only drawn for logs with 2+ turns. */
async function logTurnCosts(log: LogSummary) {
  if (log.turns.length < 2) return null;
  const models = await Promise.all(
    log.turns.map(async (t) => (await getAttempt(log.id, t.turn, t.attempts.at(-1)?.attempt ?? null))?.model ?? null),
  );
  return turnCosts(models.filter((m): m is AttemptModel => m !== null));
}
