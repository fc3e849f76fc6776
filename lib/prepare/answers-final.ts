import type { AttemptModel } from "@/lib/model/types";
import type { AgentColor } from "./agent-colors";

/**
 * The winner's final answer (`final/<winner>/answer.txt`, FORMAT.md §1.7 and
 * §4.6) with the names of the files in `final/<winner>/workspace/`.
 */
export interface FinalAnswerView {
  agentId: string;
  color: AgentColor;
  /** `agentN.final` (§2); null when the label prefix is unknown */
  label: string | null;
  text: string;
  /** RUN-relative path of answer.txt ("../final/…" for the G5 turn-level copy) */
  file: string;
  /** RUN-relative dir holding the final context.txt, for the context route */
  contextDir: string;
  /** file paths inside the final workspace (names only, dirs left out); null when no listing exists */
  workspaceFiles: string[] | null;
}

export function prepareFinalAnswer(
  model: AttemptModel,
  colorOf: (id: string) => AgentColor,
  workspaceListing: Record<string, string[]> | undefined,
): FinalAnswerView | null {
  const f = model.finalAnswer;
  if (!f) return null;
  const dir = `final/${f.agentId}`;
  const names = workspaceListing?.[`${dir}/workspace`];
  return {
    agentId: f.agentId,
    color: colorOf(f.agentId),
    label: f.label,
    text: f.text,
    file: f.file,
    contextDir: dir,
    // Directory entries end in "/" (RunSource.workspaceListing); the file paths already name them.
    workspaceFiles: names ? names.filter((n) => !n.endsWith("/")).map(showBidiControls) : null,
  };
}

// Bidi overrides in a file name can make "gnp.exe" read as "exe.png": show them as visible codes.
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function showBidiControls(name: string): string {
  return name.replace(BIDI_CONTROLS, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}
