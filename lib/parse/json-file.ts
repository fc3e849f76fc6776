import type { z } from "zod";
import { readJson } from "./json";
import { validateLenient } from "./lenient";
import type { Parsed } from "./result";

/** Tolerant read + lenient validation: the body of every JSON file parser. */
export function parseJsonFile<S extends z.ZodType>(schema: S, text: string, file: string): Parsed<z.output<S>> {
  const read = readJson(text, file);
  if (read.value === null) return { value: null, issues: read.issues };
  const checked = validateLenient(schema, read.value, file);
  return { value: checked.value, issues: [...read.issues, ...checked.issues] };
}
