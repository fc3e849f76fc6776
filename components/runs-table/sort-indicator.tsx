/** ↑/↓ for the active sort, a faint ↕ hint otherwise. */
export function SortIndicator({ sorted }: { sorted: false | "asc" | "desc" }) {
  if (sorted === false) {
    return (
      <span aria-hidden className="text-subtle/70">
        ↕
      </span>
    );
  }
  return (
    <span aria-hidden className="text-accent">
      {sorted === "asc" ? "↑" : "↓"}
    </span>
  );
}
