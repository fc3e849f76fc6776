"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader, CardTitle } from "@/components/ui/card";
import type { ReportPreview } from "./report-api";
import { ReportActions } from "./report-actions";
import { ReportDraft } from "./report-draft";
import { ReportExisting } from "./report-existing";
import { copyMarkdown, downloadMarkdown, reportFileName } from "./report-export";
import { ReportStatus } from "./report-status";
import { useReport } from "./use-report";

export interface ReportPanelProps {
  logId: string;
  /** null for a flat G1–G3 log (its report lives in the log dir) */
  turn: number | null;
}

function badgeFor(data: ReportPreview, drafting: boolean) {
  if (drafting) return <Badge tone="accent">Unsaved</Badge>;
  if (!data.existing) return <Badge>Not generated</Badge>;
  return data.existing.empty ? <Badge tone="warn">Empty</Badge> : <Badge tone="ok">✓ Saved</Badge>;
}

/** The "Report" tab (issue 6): the turn's ANALYSIS_REPORT.md, and generating, saving and exporting it. */
export function ReportPanel({ logId, turn }: ReportPanelProps) {
  const { state, reload, generate, save, discard, notify } = useReport({ logId, turn });
  const [confirming, setConfirming] = useState(false);
  const { data, draft, busy } = state;

  if (!data) {
    return (
      <Card data-testid="report-panel">
        <CardBody className="flex flex-col gap-3 py-4">
          {state.loadError ? (
            <div role="alert" className="flex flex-col items-start gap-2 text-[13px]">
              <p className="font-medium">Could not load the report</p>
              <p className="text-muted break-words">{state.loadError}</p>
              <Button size="sm" variant="primary" onClick={reload} data-testid="report-retry">
                Retry
              </Button>
            </div>
          ) : (
            <ReportStatus busy={busy ?? "load"} notice={null} onReload={reload} />
          )}
        </CardBody>
      </Card>
    );
  }

  const drafting = draft !== null;
  const existingText = data.existing && !data.existing.empty ? data.existing.content : null;
  const exported = draft ?? existingText;
  const subject = drafting ? "the new report" : "the saved report";
  const finish = () => setConfirming(false);

  return (
    <Card data-testid="report-panel" data-exists={data.exists}>
      <CardHeader className="flex-wrap">
        <div className="flex min-w-0 items-center gap-2">
          <CardTitle>Analysis report</CardTitle>
          {badgeFor(data, drafting)}
          <code className="truncate font-mono text-[11.5px] text-subtle" title={data.reportPath}>
            {data.reportPath}
          </code>
        </div>
        <ReportActions
          exists={data.exists}
          drafting={drafting}
          busy={busy !== null}
          onGenerate={generate}
          onSave={() => (data.exists ? setConfirming(true) : void save())}
          onDiscard={() => {
            finish();
            discard();
          }}
          exports={
            exported === null
              ? null
              : {
                  subject,
                  onCopy: () =>
                    copyMarkdown(exported).then(
                      () => notify({ tone: "ok", text: `Copied ${subject} to the clipboard.` }),
                      (e: unknown) => notify({ tone: "bad", text: e instanceof Error ? e.message : "Could not copy." }),
                    ),
                  onDownload: () => downloadMarkdown(exported, reportFileName(logId, turn)),
                }
          }
        />
      </CardHeader>
      <CardBody className="flex flex-col gap-3">
        <ReportStatus busy={busy} notice={state.notice} onReload={() => {
            finish();
            reload();
          }} />
        {drafting ? (
          <ReportDraft
            draft={draft}
            previous={data.existing ? data.existing.content : null}
            reportPath={data.reportPath}
            confirming={confirming}
            busy={busy !== null}
            onConfirm={() => void save().finally(finish)}
            onCancel={finish}
          />
        ) : (
          <ReportExisting data={data} />
        )}
      </CardBody>
    </Card>
  );
}
