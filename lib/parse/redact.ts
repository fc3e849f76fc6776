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
  const copies = new Map<object, Record<string, unknown>>();
  const stack: Array<[object, Record<string, unknown>]> = [];
  const copyOf = (orig: object): Record<string, unknown> => {
    let c = copies.get(orig);
    if (!c) {
      c = (Array.isArray(orig) ? new Array(orig.length) : {}) as Record<string, unknown>;
      copies.set(orig, c);
      stack.push([orig, c]);
    }
    return c;
  };
  const root = copyOf(value);
  while (stack.length > 0) {
    const [orig, copy] = stack.pop() as [object, Record<string, unknown>];
    const isArray = Array.isArray(orig);
    for (const key of Object.keys(orig)) {
      const child = (orig as Record<string, unknown>)[key];
      let out: unknown = child;
      if (!isArray && isSecretKey(key) && child !== null && child !== undefined) out = REDACTED;
      else if (child !== null && typeof child === "object") out = copyOf(child);
      // a "__proto__" key from parsed input must stay a plain key, not set the prototype
      if (key === "__proto__") Object.defineProperty(copy, key, { value: out, enumerable: true, writable: true, configurable: true });
      else copy[key] = out;
    }
  }
  return root;
}
