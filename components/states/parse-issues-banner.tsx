import type { ParseIssue } from "@/lib/model/types";
import { groupIssuesByFile } from "@/lib/prepare/format";
import { Banner } from "./banner";

const MAX_FILES = 20;

/**
 * Partial state: files that could not be read. The run still shows what was
 * readable; this names each broken file and why (STYLE.md principle 3).
 * File names and messages can contain untrusted text: rendered as text.
 */
export function ParseIssuesBanner({ issues }: { issues: ParseIssue[] }) {
  if (issues.length === 0) return null;
  const groups = groupIssuesByFile(issues);
  const listed = groups.slice(0, MAX_FILES);
  return (
    <Banner
      tone="warn"
      icon="!"
      data-testid="parse-issues"
      title={`${groups.length} ${groups.length === 1 ? "file" : "files"} could not be read completely · showing what could be read`}
    >
      <ul className="flex max-h-56 flex-col gap-1.5 overflow-y-auto pr-1">
        {listed.map((g) => (
          <li key={g.file} className="min-w-0" data-testid="parse-issue">
            <code className="font-mono text-[12px] break-all text-foreground">{g.file}</code>
            <ul className="mt-0.5 flex flex-col pl-3 text-[12px]">
              {g.messages.map((m, i) => (
                <li key={i} className="break-words">
                  {m}
                </li>
              ))}
            </ul>
          </li>
        ))}
        {groups.length > MAX_FILES && <li>…and {groups.length - MAX_FILES} more files</li>}
      </ul>
    </Banner>
  );
}
