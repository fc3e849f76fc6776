/** "+4.2s", "+2:05.3", "+1:02:05": time since the run's start, compact and sortable by eye. */
export function formatRelative(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  const sign = seconds < 0 ? "-" : "+";
  const abs = Math.abs(seconds);
  if (abs < 60) return `${sign}${abs.toFixed(1)}s`;
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const sec = abs % 60;
  if (h > 0) return `${sign}${h}:${String(m).padStart(2, "0")}:${String(Math.floor(sec)).padStart(2, "0")}`;
  return `${sign}${m}:${sec.toFixed(1).padStart(4, "0")}`;
}
