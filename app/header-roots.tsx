import { getIndex } from "@/lib/server/queries";
import { RootsIndicator } from "@/components/shell/roots-indicator";

/**
 * Reads the roots for the header bar. A failure here must not take the whole
 * layout down (layouts are outside the segment's error.tsx), so it degrades to nothing.
 */
export async function HeaderRoots() {
  const index = await getIndex().catch(() => null);
  return index ? <RootsIndicator roots={index.roots} demo={index.demo} /> : null;
}
