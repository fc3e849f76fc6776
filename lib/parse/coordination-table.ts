/**
 * coordination_table.txt (FORMAT.md §4.1) is a rendering of
 * coordination_events.json; the dashboard shows it verbatim and reads the
 * events from the JSON. Only the agent column headers are picked out, e.g.
 * `|   Event  |  Agent 1 (agent_a)  |  Agent 2 (agent_b)  |`.
 */
export interface CoordinationTable {
  text: string;
  /** agent ids from the header row, in column order (config order); empty if not found */
  agents: string[];
}

const HEADER = /^\|\s*Event\s*\|(.*)\|\s*$/m;

export function parseCoordinationTable(text: string): CoordinationTable {
  const src = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const m = HEADER.exec(src);
  const agents: string[] = [];
  if (m?.[1]) {
    for (const cell of m[1].split("|")) {
      const a = /Agent\s+\d+\s+\((.*)\)/.exec(cell.trim());
      if (a?.[1]) agents.push(a[1]);
    }
  }
  return { text: src, agents };
}
