import { Fragment } from "react";

/** Plain text with case-insensitive matches of `query` wrapped in <mark> (no HTML is ever interpreted). */
export function Highlight({ text, query }: { text: string; query: string }) {
  const q = query.trim().toLowerCase();
  if (q === "") return <>{text}</>;
  const lower = text.toLowerCase();
  const out: React.ReactNode[] = [];
  let at = 0;
  for (let i = lower.indexOf(q); i >= 0 && out.length < 2000; i = lower.indexOf(q, i + q.length)) {
    out.push(<Fragment key={`t${i}`}>{text.slice(at, i)}</Fragment>);
    out.push(
      <mark key={`m${i}`} data-testid="trace-match" className="rounded-sm bg-warn-soft text-foreground ring-1 ring-warn/40">
        {text.slice(i, i + q.length)}
      </mark>,
    );
    at = i + q.length;
  }
  out.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <>{out}</>;
}
