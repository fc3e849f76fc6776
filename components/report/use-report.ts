"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { fetchReport, ReportApiError, type ReportPreview, type ReportTarget, saveReport } from "./report-api";

export interface Notice {
  tone: "ok" | "bad" | "warn";
  text: string;
  /** a 409: the report changed on disk; offer to reload it */
  reload?: boolean;
}

export interface ReportState {
  /** the last answer of the preview route (null while the first load runs or after it failed) */
  data: ReportPreview | null;
  /** a generated report waiting to be saved: shown as a preview, or as a diff when a report exists */
  draft: string | null;
  busy: "load" | "generate" | "save" | null;
  loadError: string | null;
  notice: Notice | null;
}

const CONFLICT_TEXT =
  "The report on disk changed after you generated this one (another save, or `massgen logs analyze` writing it). Nothing was overwritten: reload to see the current report, then regenerate.";

const message = (e: unknown) => (e instanceof Error ? e.message : "The request failed.");

/**
 * The report panel's data: one preview request on mount (it carries both the
 * existing file and a freshly generated report), Generate re-runs it so the
 * draft reflects the logs as they are now, Save posts it.
 */
export function useReport(target: ReportTarget) {
  const router = useRouter();
  const { logId, turn } = target;
  const [state, setState] = useState<ReportState>({ data: null, draft: null, busy: "load", loadError: null, notice: null });
  const patch = (p: Partial<ReportState>) => setState((s) => ({ ...s, ...p }));

  const load = useCallback(
    async (mode: "load" | "generate", signal?: AbortSignal) => {
      setState((s) => ({ ...s, busy: mode, notice: null, ...(mode === "load" ? { loadError: null, draft: null } : {}) }));
      try {
        const data = await fetchReport({ logId, turn }, signal);
        setState((s) => ({ ...s, data, busy: null, draft: mode === "generate" ? data.markdown : null }));
      } catch (e) {
        if (signal?.aborted) return;
        setState((s) => (mode === "load" ? { ...s, busy: null, loadError: message(e) } : { ...s, busy: null, notice: { tone: "bad", text: message(e) } }));
      }
    },
    [logId, turn],
  );

  useEffect(() => {
    const ctrl = new AbortController();
    void load("load", ctrl.signal);
    return () => ctrl.abort();
  }, [load]);

  const save = async () => {
    const data = state.data;
    if (!data || state.draft === null) return;
    patch({ busy: "save", notice: null });
    try {
      const saved = await saveReport({ logId, turn }, data.exists, data.existing?.sha256 ?? null);
      await load("load");
      patch({ notice: { tone: "ok", text: `Saved ${saved.reportPath}${saved.replaced ? " (replaced the previous report)" : ""}.` } });
      // Re-render the server parts (the tab's ✓ marker); the route waited for the index to see the file.
      router.refresh();
    } catch (e) {
      const conflict = e instanceof ReportApiError && e.conflict;
      patch({
        busy: null,
        notice: conflict
          ? { tone: "warn", reload: true, text: CONFLICT_TEXT }
          : { tone: "bad", text: `Not saved: ${message(e)}` },
      });
    }
  };

  return {
    state,
    reload: () => void load("load"),
    generate: () => void load("generate"),
    save,
    discard: () => patch({ draft: null, notice: null }),
    notify: (notice: Notice | null) => patch({ notice }),
  };
}
