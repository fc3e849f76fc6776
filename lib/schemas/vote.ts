import { z } from "zod";
import { num, str, strList } from "./common";

/** vote.json in `<agent_id>/<ts>/`, FORMAT.md §3.6. */

export const voteSchema = z.looseObject({
  voter_id: str,
  voter_anon_id: str,
  voted_for: str, // "unknown" when the writer had no target
  voted_for_label: str, // [≥v0.1.27]
  voted_for_anon: str,
  reason: str,
  timestamp: str, // the <ts> dir name, not ISO
  unix_timestamp: num,
  iteration: num,
  coordination_round: num,
  round: num, // v0.0.19–v0.0.24 name of coordination_round
  available_options: strList,
  available_options_labels: strList,
  answer_label_to_agent: z.record(z.string(), z.string()).nullable().optional(),
  available_options_anon: strList,
  agent_mapping: z.record(z.string(), z.string()).nullable().optional(),
  vote_context: z
    .looseObject({ total_agents: num, agents_with_answers: num, current_task: str })
    .nullable()
    .optional(),
});

export type VoteFile = z.infer<typeof voteSchema>;
