/**
 * execution_metadata.yaml embeds the full user config with no redaction in the
 * writer (FORMAT.md §3.8), so API keys may be on disk. Anything under a key
 * that looks secret is replaced before it can reach a page.
 * Iterative (explicit stack) so a deeply nested document cannot overflow;
 * shared references (YAML aliases) and cycles map to one copy.
 */

// Whole trailing word only, so `max_tokens` or `input_tokens` stay visible.
const SECRET_WORD = /(?:^|[_\-.\s])(?:api_?key|token|secret|password|passwd|authorization|credentials?)$|_key$/;
export const REDACTED = "[redacted]";

/** Config key names repeat across every run of a scan: remember the verdict (bounded). */
const verdicts = new Map<string, boolean>();
const MAX_REMEMBERED = 10_000;

export function isSecretKey(key: string): boolean {
  let secret = verdicts.get(key);
  if (secret === undefined) {
    secret = SECRET_WORD.test(key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase());
    if (verdicts.size < MAX_REMEMBERED) verdicts.set(key, secret);
  }
  return secret;
}

export function redactSecrets(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const copies = new Map<object, unknown[] | Record<string, unknown>>();
  // originals whose copies are made but not yet filled
  const pending: object[] = [];
  const copyOf = (orig: object): unknown[] | Record<string, unknown> => {
    let c = copies.get(orig);
    if (!c) {
      c = Array.isArray(orig) ? new Array<unknown>(orig.length) : {};
      copies.set(orig, c);
      pending.push(orig);
    }
    return c;
  };
  const root = copyOf(value);
  while (pending.length > 0) {
    const orig = pending.pop() as object;
    const copy = copies.get(orig) as unknown[] | Record<string, unknown>;
    if (Array.isArray(copy)) {
      // an array has no keys to judge: copy its items by index
      const items = orig as unknown[];
      for (let i = 0; i < items.length; i++) {
        const child = items[i];
        copy[i] = child !== null && typeof child === "object" ? copyOf(child) : child;
      }
      continue;
    }
    for (const key of Object.keys(orig)) {
      const child = (orig as Record<string, unknown>)[key];
      let out: unknown = child;
      if (isSecretKey(key) && child !== null && child !== undefined) out = REDACTED;
      else if (child !== null && typeof child === "object") out = copyOf(child);
      // a "__proto__" key from parsed input must stay a plain key, not set the prototype
      if (key === "__proto__") Object.defineProperty(copy, key, { value: out, enumerable: true, writable: true, configurable: true });
      else copy[key] = out;
    }
  }
  return root;
}
