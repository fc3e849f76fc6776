import { getIndex } from "@/lib/server/queries";
import { prepareRunsWire } from "@/lib/prepare/runs-table";
import { RunsView } from "@/components/runs-table/runs-view";
import { DemoBanner } from "@/components/states/demo-banner";
import { EmptyState } from "@/components/states/empty-state";
import { ScanningNotice } from "@/components/states/scanning-notice";
import { WatchWarning } from "@/components/states/watch-warning";
import { LiveRefresh } from "@/components/live/live-refresh";

export const dynamic = "force-dynamic";

const LIST_REFRESH_MS = 5000;

export default async function RunsPage() {
  const index = await getIndex();
  const wire = prepareRunsWire(index.logs);
  const empty = wire.rows.length === 0 && !index.scanning;
  return (
    <div className="mx-auto flex h-full max-w-[1400px] flex-col gap-4 px-6 pt-5 pb-6">
      <div className="flex items-end justify-between gap-4">
        <div>
          <h1 className="text-[18px] font-semibold tracking-tight">Runs</h1>
          <p className="text-[13px] text-muted">Every MassGen coordination run found on disk, one row per turn.</p>
        </div>
        {index.scanning && <ScanningNotice />}
      </div>
      {/* Rows are patched in live (components/runs-table/use-live-rows.ts); a full refresh re-sends every row
          (2,000 in the bench), so once there are rows it only brings the rest (scanning, watch warnings) every few seconds. */}
      <LiveRefresh minIntervalMs={empty || index.scanning ? 0 : LIST_REFRESH_MS} />
      {index.demo && <DemoBanner />}
      <WatchWarning warnings={index.warnings} watchMode={index.watchMode} />
      {empty ? <EmptyState roots={index.roots} /> : <RunsView wire={wire} />}
    </div>
  );
}
