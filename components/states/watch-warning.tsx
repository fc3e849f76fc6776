import { Banner } from "./banner";

/** Index warnings, e.g. the ENOSPC fallback to polling (STYLE.md principle 5). */
export function WatchWarning({ warnings, watchMode }: { warnings: string[]; watchMode: "native" | "polling" | "off" }) {
  if (warnings.length === 0) return null;
  const title =
    watchMode === "polling"
      ? "Watching by polling: updates may lag a little"
      : watchMode === "off"
        ? "Live updates are off"
        : warnings.length === 1
          ? "Warning"
          : `${warnings.length} warnings`;
  return (
    <Banner tone="warn" icon="!" title={title} data-testid="watch-warning">
      <ul className="flex flex-col gap-0.5">
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </Banner>
  );
}
