import { formatUtc, provenanceParts } from "@/lib/prepare/export-provenance";
import type { BundleView } from "../bundle-view";
import { Answers } from "./answers";
import { Charts } from "./charts";
import { Note } from "./chip";
import { Coordination } from "./coordination";
import type { Limits } from "./limits";
import { Config, Report } from "./report-config";
import { BUNDLE_CSS } from "./styles";
import { Summary } from "./summary";
import { Timeline } from "./timeline";
import { Votes } from "./votes";

/*
 * No script, no fetch, no remote anything: the CSP below forbids them even if
 * agent text somehow carried markup, so the page is inert when opened from
 * file:// or an email attachment (issue 7 "Static share bundle").
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

export function BundleDocument({ view, limits, trimmed }: { view: BundleView; limits: Limits; trimmed: string[] }) {
  const sections = [
    ["summary", "Summary"],
    ["coordination", "Coordination"],
    ["votes", "Votes"],
    ["answers", "Answers"],
    ["charts", "Charts"],
    ["timeline", "Timeline"],
    ...(view.report ? [["report", "Report"]] : []),
    ["config", "Config"],
  ];
  return (
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- a static file rendered by the CLI, not a Next page */}
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={CSP} />
        <meta name="referrer" content="no-referrer" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content={view.generator} />
        <title>{`${view.run.title} · MassGen run`}</title>
        <style>{BUNDLE_CSS}</style>
      </head>
      <body>
        <header className="top">
          <div className="top-in">
            <span className="brand">
              massgen-dash <span>share bundle</span>
            </span>
            <nav className="nav" aria-label="Sections">
              {sections.map(([id, label]) => (
                <a key={id} href={`#${id}`}>
                  {label}
                </a>
              ))}
            </nav>
          </div>
        </header>
        <main className="main">
          {trimmed.length ? <Note warn>Trimmed to fit the per-file size limit: {trimmed.join("; ")}.</Note> : null}
          <Summary run={view.run} />
          <Coordination view={view.coordination} limits={limits} />
          <Votes view={view.votes} />
          <Answers view={view.answers} maxText={limits.maxText} />
          <Charts view={view.charts} />
          <Timeline view={view.timeline} />
          {view.report ? <Report report={view.report} maxText={limits.maxText} /> : null}
          <Config view={view.config} />
          <footer>
            {provenanceParts(view.provenance).join(" · ")} · exported {formatUtc(view.exportedAt)} by {view.generator}
          </footer>
        </main>
      </body>
    </html>
  );
}
