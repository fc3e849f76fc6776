import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { parseRunRest, runHref } from "@/lib/routes";
import { getAttempt, getIndex } from "@/lib/server/queries";
import { prepareRunPage, resolveRunRef } from "@/lib/prepare/run-page";
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

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ log: string; rest?: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Route params arrive percent-encoded in some Next versions; decode once, tolerating bad escapes. */
function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function load({ params }: Props) {
  const { log, rest } = await params;
  const ref = parseRunRest(rest ?? []);
  if (!ref) return null;
  const logId = decodeSegment(log);
  const found = await getAttempt(logId, ref.turn, ref.attempt);
  if (found || (ref.turn !== null && ref.attempt !== null)) return found;
  // A short address (/runs/<log> or .../turn/<n>) of a log that has turn/attempt dirs: complete it.
  const summary = (await getIndex()).logs.find((l) => l.id === logId);
  const full = summary ? resolveRunRef(summary, ref.turn, ref.attempt) : null;
  if (full && (full.turn !== ref.turn || full.attempt !== ref.attempt)) redirect(runHref(full));
  return null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  // redirect()/notFound() throw: let the page itself handle those paths.
  const found = await load(props).catch(() => null);
  return { title: found ? found.log.name : "Run not found" };
}

export default async function RunPage(props: Props) {
  const found = await load(props);
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
