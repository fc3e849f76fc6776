import { parseDocument } from "yaml";
import { executionMetadataSchema, type ExecutionMetadata } from "@/lib/schemas/execution-metadata";
import { stripBom } from "./decode";
import { validateLenient } from "./lenient";
import { redactSecrets } from "./redact";
import { issue, type Parsed } from "./result";

/**
 * execution_metadata.yaml (FORMAT.md §3.8), written by Python's yaml.dump.
 * Secrets in `config` / `cli_args` are redacted here so they never enter the model.
 */
export function parseExecutionMetadata(text: string, file: string): Parsed<ExecutionMetadata> {
  const src = stripBom(text);
  if (src.trim() === "") return { value: null, issues: [issue(file, "empty file")] };
  let data: unknown;
  try {
    // uniqueKeys off: a duplicated key is not worth losing the file; maxAliasCount guards alias bombs
    const doc = parseDocument(src, { uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length > 0) {
      const first = doc.errors[0];
      const more = doc.errors.length > 1 ? ` (+${doc.errors.length - 1} more)` : "";
      return { value: null, issues: [issue(file, `invalid YAML: ${oneLine(first?.message ?? "")}${more}`)] };
    }
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { value: null, issues: [issue(file, `invalid YAML: ${oneLine(e instanceof Error ? e.message : String(e))}`)] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return { value: null, issues: [issue(file, "execution_metadata.yaml is not a mapping")] };
  }
  return validateLenient(executionMetadataSchema, redactSecrets(data), file);
}

function oneLine(s: string): string {
  return s.split("\n")[0]?.slice(0, 300) ?? "";
}
