import { load } from "js-yaml";
import { isSecretKey } from "@/lib/parse/redact";

/**
 * Belt and braces for a file that leaves the machine: the parser already
 * redacts the config (lib/parse/redact.ts), but an agent or a log line may
 * echo a key elsewhere. So the values found under secret-looking keys of the
 * raw execution_metadata.yaml are also scrubbed from every written file.
 */

/** Shorter values ("true", "none") would redact ordinary words. */
const MIN_SECRET = 8;
const LINE = /^\s*-?\s*["']?([A-Za-z0-9_.\- ]+?)["']?\s*[:=]\s*["']?([^"'#\s]+)["']?\s*$/;

export function secretValues(yamlText: string): string[] {
  const found = new Set<string>();
  const add = (v: unknown) => {
    if ((typeof v === "string" || typeof v === "number") && String(v).trim().length >= MIN_SECRET) found.add(String(v).trim());
  };
  try {
    walk(load(yamlText, { json: true }), add);
  } catch {
    // unparseable YAML (custom tags, half-written): the line scan below still runs
  }
  for (const line of yamlText.split(/\r?\n/)) {
    const m = LINE.exec(line);
    if (m?.[1] && isSecretKey(m[1].trim())) add(m[2]);
  }
  return [...found];
}

/** Visits each object once, so YAML aliases (and alias bombs) cost their size, not their expansion. */
function walk(root: unknown, add: (v: unknown) => void): void {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    for (const [k, child] of Object.entries(v)) {
      if (!Array.isArray(v) && isSecretKey(k) && (child === null || typeof child !== "object")) add(child);
      else stack.push(child);
    }
  }
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

/** Every secret, raw and as React escapes it in HTML, becomes the parser's marker. */
export function scrubSecrets(text: string, secrets: readonly string[], marker: string): { text: string; hits: number } {
  let hits = 0;
  let out = text;
  for (const s of secrets) {
    for (const form of new Set([s, s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)])) {
      const parts = out.split(form);
      hits += parts.length - 1;
      out = parts.join(marker);
    }
  }
  return { text: out, hits };
}

/**
 * The same over every string of a view model, before rendering: markdown may
 * reshape a secret (`<x>` inside it is dropped as raw HTML), so scrubbing the
 * HTML alone could leave a fragment behind. View models are plain data.
 */
export function scrubDeep<T>(value: T, secrets: readonly string[], marker: string): { value: T; hits: number } {
  let hits = 0;
  const visit = (v: unknown): unknown => {
    if (typeof v === "string") {
      const r = scrubSecrets(v, secrets, marker);
      hits += r.hits;
      return r.text;
    }
    if (Array.isArray(v)) return v.map(visit);
    if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    return v;
  };
  const out = secrets.length ? (visit(value) as T) : value;
  return { value: out, hits };
}
