import type { AttemptModel } from "@/lib/model/types";
import type { RunPageView } from "@/lib/prepare/run-page";
import { LiveRefresh } from "./live-refresh";
import { LiveRunPanel } from "./live-run-panel";

/** A run page's live pieces: the refresher (every run page: a new attempt or report may appear) and the running-attempt panel. */
export function RunLive({ logId, model, view }: { logId: string; model: AttemptModel; view: RunPageView }) {
  const colors = Object.fromEntries(view.agents.map((a) => [a.id, a.color]));
  return (
    <>
      <LiveRefresh log={logId} turn={model.turn} attempt={model.attempt} />
      <LiveRunPanel
        state={model.state}
        lastUpdated={model.lastUpdated}
        startTime={model.startTime}
        activity={model.live ?? null}
        answers={model.answers.map((a) => a.label)}
        votes={model.votes.filter((v) => !v.ignored).length}
        colors={colors}
      />
    </>
  );
}
