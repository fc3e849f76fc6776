import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Unknown log id, or a turn/attempt that the log does not have. */
export default function RunNotFound() {
  return (
    <div className="mx-auto mt-16 flex max-w-xl flex-col gap-3 px-6" data-testid="not-found">
      <p className="font-mono text-[12px] text-muted">404</p>
      <h1 className="text-[18px] font-semibold tracking-tight">Run not found</h1>
      <p className="text-[13px] text-muted">
        No log directory, turn or attempt matches this address. It may have been moved or deleted, or the URL was
        mistyped.
      </p>
      <div>
        <Link href="/" className={buttonClass("outline", "md")}>
          ← All runs
        </Link>
      </div>
    </div>
  );
}
