import { z } from "zod";
import { str } from "./common";

/**
 * execution_metadata.yaml, FORMAT.md §3.8. `config` and `cli_args` are free-form
 * mappings (the user's YAML config / argparse namespace) and stay unknown-typed.
 */

const mapping = z.record(z.string(), z.unknown()).nullable().optional();

export const executionMetadataSchema = z.looseObject({
  query: str,
  timestamp: str, // local ISO, naive
  config_path: str,
  config: mapping,
  cli_args: mapping,
  git: z.looseObject({ commit: str, branch: str }).nullable().optional(),
  python_version: str,
  // yaml.dump quotes version strings that would read as numbers, but accept both
  massgen_version: z.union([z.string(), z.number()]).nullable().optional(),
  working_directory: str,
});

export type ExecutionMetadata = z.infer<typeof executionMetadataSchema>;
