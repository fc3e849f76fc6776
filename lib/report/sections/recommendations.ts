import { blocks, esc, heading } from "../md";
import type { Priority, Recommendation } from "../rules";

const LEVELS: [Priority, string][] = [
  ["high", "High Priority"],
  ["medium", "Medium Priority"],
  ["low", "Low Priority / Future Improvements"],
];

/** 8. Recommendations, grouped by priority; each names its rule and cites its evidence. */
export function recommendationsSection(recs: Recommendation[]): string {
  const parts = LEVELS.map(([p, title]) => {
    const mine = recs.filter((r) => r.priority === p);
    const body = mine.length ? mine.map(item).join("\n") : "- None: no rule of this priority matched the findings.";
    return blocks(heading(3, title), body);
  });
  return blocks(heading(2, "8. Recommendations"), "Each recommendation comes from a fixed rule over the findings above (rule id in brackets) and cites its evidence.", ...parts);
}

function item(r: Recommendation): string {
  const ev = r.evidence.slice(0, 10).map((e) => `  - Evidence: ${esc(e, 240)}`);
  const more = r.evidence.length > 10 ? [`  - … ${r.evidence.length - 10} more`] : [];
  return [`- **${esc(r.title)}** [${r.rule}] — ${esc(r.action)}`, ...ev, ...more].join("\n");
}
