import { Markdown } from "@/components/markdown/markdown";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { BlockDetail } from "@/lib/prepare/trace";
import { Highlight } from "./highlight";

const PRE = "max-h-[28rem] overflow-auto rounded-md px-3 py-2 font-mono text-[12px] leading-5 whitespace-pre-wrap break-words";

/** Agent text is untrusted: it is drawn as text (or sanitized markdown for reasoning), never as HTML. */
export function TraceBlockBody({ detail, query }: { detail: BlockDetail; query: string }) {
  switch (detail.kind) {
    case "text":
      // markdown would split search matches across elements: show plain text while searching
      return detail.markdown && query.trim() === "" ? (
        <Markdown text={detail.text} className="max-h-[28rem] overflow-auto text-[13px]" />
      ) : (
        <pre className={cn(PRE, "bg-surface")}>
          <Highlight text={detail.text} query={query} />
        </pre>
      );
    case "tool_call":
      return (
        <pre className={cn(PRE, "bg-surface")} data-testid="trace-args">
          <code>
            <Highlight text={detail.args} query={query} />
          </code>
        </pre>
      );
    case "tool_result":
      return (
        <pre className={cn(PRE, detail.failed ? "bg-bad-soft/50 ring-1 ring-bad/20 ring-inset" : "bg-surface")}>
          <Highlight text={detail.text} query={query} />
        </pre>
      );
    case "vote":
      return (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 rounded-md bg-live-soft/40 px-3 py-2 text-[13px]">
          <dt className="text-muted">Voted for</dt>
          <dd>
            <Badge tone="live" className="font-mono">
              {detail.votedFor ?? "—"}
            </Badge>
          </dd>
          <dt className="text-muted">Options</dt>
          <dd className="font-mono text-[12px]">{detail.options.join(", ") || "—"}</dd>
          <dt className="text-muted">Reason</dt>
          <dd className="whitespace-pre-wrap break-words">
            <Highlight text={detail.reason ?? "—"} query={query} />
          </dd>
        </dl>
      );
    case "errors":
      return (
        <ul className="flex flex-col gap-1 text-[12px]">
          {detail.items.map((e, i) => (
            <li key={i} className="rounded-md bg-bad-soft/50 px-3 py-1.5 font-mono break-words whitespace-pre-wrap">
              <span className="text-muted">[{e.time}]</span> <span className="font-semibold text-bad">{e.tool}</span> — <Highlight text={e.message} query={query} />
            </li>
          ))}
        </ul>
      );
  }
}
