import type { AttemptModel, LogSummary } from "@/lib/model/types";
import type { RunPageView } from "@/lib/prepare/run-page";
import type { RunTabId } from "@/lib/prepare/run-tabs";
import { prepareAnswers } from "@/lib/prepare/answers";
import { prepareCoordination } from "@/lib/prepare/coordination";
import { prepareVotes } from "@/lib/prepare/votes";
import { listFinalWorkspace } from "@/lib/server/context-reader";
import { readCoordinationTable } from "@/lib/server/coordination-table";
import { getAttemptConfig } from "@/lib/server/metadata-reader";
import { getAttemptTraceFiles } from "@/lib/server/trace-reader";
import { AnswersPanel } from "@/components/answers";
import { ConfigPanel } from "@/components/config";
import { CoordinationPanel } from "@/components/coordination";
import { FinalAnswer } from "@/components/run/final-answer";
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
      return <CoordinationPanel view={prepareCoordination(model)} rawTable={raw.text} rawTableNote={raw.note} />;
    }
    case "votes":
      return <VotesPanel view={prepareVotes(model)} />;
    case "answers": {
      const ws = model.finalAnswer ? await listFinalWorkspace(log.root, model.relPath, model.finalAnswer.agentId) : {};
      return (
        <AnswersPanel
          view={prepareAnswers(model, { workspaceListing: ws })}
          logId={log.id}
          turn={model.turn}
          attempt={model.attempt}
        />
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
    case "overview":
      return <FinalAnswer view={view} />;
  }
}
