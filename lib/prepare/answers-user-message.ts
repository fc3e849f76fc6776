/**
 * Splits a round's user_message (FORMAT.md §3.7) into the task and the other
 * agents' answers the agent was shown. MassGen writes:
 *   <ORIGINAL MESSAGE> task <END OF ORIGINAL MESSAGE>
 *   <CURRENT ANSWERS from the agents>
 *   <agent1.2> text <end of agent1.2>
 *   <END OF CURRENT ANSWERS>
 * Scanned with indexOf (no backtracking regex over a file of up to 2 MB);
 * when the markers are missing the caller still has the raw message.
 */
export interface SeenAnswer {
  label: string;
  text: string;
}

const TASK_OPEN = "<ORIGINAL MESSAGE>";
const TASK_CLOSE = "<END OF ORIGINAL MESSAGE>";
const ANSWERS_OPEN = "<CURRENT ANSWERS from the agents>";
const ANSWERS_CLOSE = "<END OF CURRENT ANSWERS>";
const OPEN_TAG = "<([A-Za-z0-9_.-]{1,80})>";

export function splitUserMessage(message: string): { task: string | null; answers: SeenAnswer[] } {
  return { task: between(message, TASK_OPEN, TASK_CLOSE)?.trim() ?? null, answers: seenAnswers(message) };
}

function seenAnswers(message: string): SeenAnswer[] {
  const start = message.indexOf(ANSWERS_OPEN);
  if (start < 0) return [];
  const from = start + ANSWERS_OPEN.length;
  const end = message.indexOf(ANSWERS_CLOSE, from);
  const section = message.slice(from, end < 0 ? undefined : end);
  const out: SeenAnswer[] = [];
  const tag = new RegExp(OPEN_TAG, "g");
  for (let m = tag.exec(section); m; m = tag.exec(section)) {
    const label = m[1] ?? "";
    const close = `<end of ${label}>`;
    const bodyStart = m.index + m[0].length;
    const bodyEnd = section.indexOf(close, bodyStart);
    if (bodyEnd < 0) continue;
    out.push({ label, text: section.slice(bodyStart, bodyEnd).trim() });
    tag.lastIndex = bodyEnd + close.length;
  }
  return out;
}

function between(s: string, open: string, close: string): string | null {
  const a = s.indexOf(open);
  if (a < 0) return null;
  const b = s.indexOf(close, a + open.length);
  return b < 0 ? null : s.slice(a + open.length, b);
}
