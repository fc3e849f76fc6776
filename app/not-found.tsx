import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto mt-16 flex max-w-xl flex-col gap-3 px-6" data-testid="not-found">
      <p className="font-mono text-[12px] text-muted">404</p>
      <h1 className="text-[18px] font-semibold tracking-tight">Page not found</h1>
      <p className="text-[13px] text-muted">There is nothing at this address.</p>
      <div>
        <Link href="/" className={buttonClass("outline", "md")}>
          ← All runs
        </Link>
      </div>
    </div>
  );
}
