import "server-only";

/**
 * URL ids for logs, unique across roots: the dir name, then name~2, name~3…
 * (`~` is URL-safe and never appears in MassGen's log_* names). An id stays
 * with its log for the life of the process so links do not move.
 */
export class LogIds {
  private byKey = new Map<string, string>();
  private taken = new Set<string>();

  idFor(key: string, name: string): string {
    const known = this.byKey.get(key);
    if (known) return known;
    let id = name;
    for (let n = 2; this.taken.has(id); n++) id = `${name}~${n}`;
    this.byKey.set(key, id);
    this.taken.add(id);
    return id;
  }

  release(key: string): void {
    const id = this.byKey.get(key);
    if (id === undefined) return;
    this.byKey.delete(key);
    this.taken.delete(id);
  }
}

export function logKey(root: string, name: string): string {
  return `${root}\u0000${name}`;
}
