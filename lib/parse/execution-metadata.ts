import { CORE_SCHEMA, load, Type } from "js-yaml";
import { executionMetadataSchema, type ExecutionMetadata } from "@/lib/schemas/execution-metadata";
import { stripBom } from "./decode";
import { validateLenient } from "./lenient";
import { redactSecrets } from "./redact";
import { issue, type Parsed } from "./result";

/**
 * Core schema (YAML 1.2, as the `yaml` package read it before): an unquoted
 * date stays a string instead of becoming a Date. Any other tag (PyYAML's
 * `!!python/tuple`, `!!binary`, a local `!tag`) is read as its plain value,
 * as yaml.dump may emit them for non-JSON Python values: one odd value is not
 * worth losing the file.
 */
const anyTag = (["scalar", "sequence", "mapping"] as const).map(
  (kind) => new Type("", { kind, multi: true, construct: (d: unknown) => d ?? (kind === "mapping" ? {} : kind === "sequence" ? [] : "") }),
);
const SCHEMA = CORE_SCHEMA.extend(anyTag);

/**
 * js-yaml shares an aliased node by reference, so an alias bomb parses fast
 * but would expand to billions of values in anything that walks the result
 * as a tree (JSON, config table, report), and `&a [*a]` is a cycle. A real
 * execution_metadata.yaml is a few hundred values.
 */
const MAX_EXPANDED_VALUES = 100_000;

/**
 * execution_metadata.yaml (FORMAT.md §3.8), written by Python's yaml.dump.
 * Secrets in `config` / `cli_args` are redacted here so they never enter the model.
 */
export function parseExecutionMetadata(text: string, file: string): Parsed<ExecutionMetadata> {
  const src = stripBom(text);
  // stops at the first non-blank char, where trim() would copy the whole file
  if (!/\S/.test(src)) return { value: null, issues: [issue(file, "empty file")] };
  let data: unknown;
  try {
    // json: a duplicated key keeps the last value instead of losing the file
    data = load(src, { schema: SCHEMA, json: true, filename: file });
  } catch (e) {
    return { value: null, issues: [issue(file, `invalid YAML: ${oneLine(e instanceof Error ? e.message : String(e))}`)] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { value: null, issues: [issue(file, "execution_metadata.yaml is not a mapping")] };
  }
  // Without an alias (no "*" anywhere) the result is a plain tree, no bigger than the text.
  const mayExpand = src.length > MAX_EXPANDED_VALUES || src.includes("*");
  if (mayExpand && !expandsWithin(data, MAX_EXPANDED_VALUES)) {
    return { value: null, issues: [issue(file, `invalid YAML: aliases expand to more than ${MAX_EXPANDED_VALUES} values (alias bomb or cycle)`)] };
  }
  return validateLenient(executionMetadataSchema, redactSecrets(data), file);
}

/** Whether `value`, read as a tree (every alias expanded), has at most `limit` values; stops at the limit. */
function expandsWithin(value: unknown, limit: number): boolean {
  if (value === null || typeof value !== "object") return true;
  const stack: unknown[] = [value];
  let counted = 1;
  while (stack.length > 0) {
    const children = Object.values(stack.pop() as object);
    // counted before pushing, so the stack itself never outgrows the limit
    counted += children.length;
    if (counted > limit) return false;
    // only containers go on the stack: a scalar counts once and has nothing below it
    for (const child of children) if (child !== null && typeof child === "object") stack.push(child);
  }
  return true;
}

function oneLine(s: string): string {
  return s.split("\n")[0]?.slice(0, 300) ?? "";
}
