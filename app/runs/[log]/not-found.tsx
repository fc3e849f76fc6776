import { NotFoundState } from "@/components/states/not-found-state";

/** Unknown log id, or a turn/attempt that the log does not have. */
export default function RunNotFound() {
  return (
    <NotFoundState title="Run not found">
      No log directory, turn or attempt matches this address. It may have been moved or deleted, or the URL was mistyped.
    </NotFoundState>
  );
}
