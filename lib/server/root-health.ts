import "server-only";
import { stat } from "node:fs/promises";

/**
 * Which log roots are there right now (issue 8 "rename a root while watched").
 * A watched directory that is renamed or deleted gives no reliable event of
 * its own, so the store asks on every freshness tick. `check` reports the
 * roots that just went away and the ones that just came back.
 */
export class RootHealth {
  private gone = new Set<string>();

  isGone(root: string): boolean {
    return this.gone.has(root);
  }

  async check(roots: readonly string[]): Promise<{ lost: string[]; back: string[] }> {
    const lost: string[] = [];
    const back: string[] = [];
    for (const root of roots) {
      const there = await stat(root).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (!there && !this.gone.has(root)) {
        this.gone.add(root);
        lost.push(root);
      } else if (there && this.gone.delete(root)) back.push(root);
    }
    return { lost, back };
  }

  warnings(): string[] {
    return [...this.gone].map((r) => `Log root ${r} is gone (moved or deleted): its runs are hidden until it is back at that path.`);
  }
}
