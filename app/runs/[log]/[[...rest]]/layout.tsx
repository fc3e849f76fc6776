import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { runHref } from "@/lib/routes";
import { resolveRunAddress } from "@/lib/server/queries";
import { runAddress } from "./run-address";

interface Props {
  children: ReactNode;
  params: Promise<{ log: string; rest?: string[] }>;
}

/**
 * Resolves the address before anything streams: notFound() or redirect() thrown
 * under a loading boundary arrives after a 200 has been sent. This segment's
 * loading.tsx wraps its page, not this layout, and no ancestor has one (the
 * runs list keeps its skeleton in the (list) group), so an unknown run is a real
 * 404 and a short address a real redirect. Only the index is read here; the
 * run's files are read by the page, under the skeleton.
 */
export default async function RunLayout({ children, params }: Props) {
  const { log, rest } = await params;
  const ref = runAddress(log, rest);
  const full = ref && (await resolveRunAddress(ref.logId, ref.turn, ref.attempt));
  if (!ref || !full) notFound();
  // A short address (/runs/<log> or .../turn/<n>) of a log that has turn/attempt dirs: complete it.
  if (full.turn !== ref.turn || full.attempt !== ref.attempt) redirect(runHref(full));
  return children;
}
