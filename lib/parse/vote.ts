import { voteSchema, type VoteFile } from "@/lib/schemas/vote";
import { parseJsonFile } from "./json-file";
import type { Parsed } from "./result";

/** vote.json, FORMAT.md §3.6. */
export function parseVote(text: string, file: string): Parsed<VoteFile> {
  return parseJsonFile(voteSchema, text, file);
}
