import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { runHref } from "@/lib/routes";
import { getAttempt } from "@/lib/server/queries";
import { prepareRunPage } from "@/lib/prepare/run-page";
import { ExportablePanel } from "@/components/export/exportable-panel";
import { PrintButton, PrintSection, PrintView } from "@/components/export/print-view";
import { PRINT_TABS } from "@/components/export/print-tabs";
import { ExportProvenance } from "@/components/export/provenance-context";
import { CopyLinkButton } from "@/components/permalink/copy-link-button";
import { provenanceOf } from "@/lib/prepare/export-provenance";
import { RunLive } from "@/components/live/run-live";
import { RunHeader } from "@/components/run/run-header";
import { RunNav } from "@/components/run/run-nav";
import { RunTabs } from "@/components/run/run-tabs";
import { ParseIssuesBanner } from "@/components/states/parse-issues-banner";
import { parseRunTab, runTabs } from "@/lib/prepare/run-tabs";
import { RunPanel } from "./run-panel";
import { runAddress } from "./run-address";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ log: string; rest?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The layout has already 404ed or redirected an address that does not resolve to one attempt. */
async function load({ params }: Props) {
  const { log, rest } = await params;
  const ref = runAddress(log, rest);
  return ref ? getAttempt(ref.logId, ref.turn, ref.attempt) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await load(props).catch(() => null);
  return { title: found ? found.log.name : "Run not found" };
}

export default async function RunPage(props: Props) {
  const found = await load(props);
  // Rare: the run resolved in the index but its model could not be read (deleted meanwhile).
  if (!found) notFound();
  const view = prepareRunPage(found.log, found.model);
  const search = await props.searchParams;
  const tab = parseRunTab(search.tab);
  const baseHref = runHref({ logId: found.log.id, turn: found.model.turn, attempt: found.model.attempt });
  return (
    <ExportProvenance value={provenanceOf(found.model)}>
      <div className="mx-auto flex max-w-[1240px] flex-col gap-5 px-6 pt-5 pb-12">
        <ExportablePanel name="Summary" placement="overlay" printFooter toolbarStart={<><CopyLinkButton /><PrintButton /></>}>
          <RunHeader
            view={view}
            nav={<RunNav turns={view.turns} attempts={view.attempts} />}
            live={<RunLive logId={found.log.id} model={found.model} view={view} />}
          />
        </ExportablePanel>
        <ParseIssuesBanner issues={view.parseIssues} />
        {search.print === "1" ? (
          <PrintView>
            {PRINT_TABS.map((p) => (
              <PrintSection key={p.tab} title={p.title}>
                <RunPanel tab={p.tab} log={found.log} model={found.model} view={view} />
              </PrintSection>
            ))}
          </PrintView>
        ) : (
          <RunTabs tabs={runTabs(found.model, baseHref, found.log)} active={tab}>
            <RunPanel tab={tab} log={found.log} model={found.model} view={view} />
          </RunTabs>
        )}
      </div>
    </ExportProvenance>
  );
}
