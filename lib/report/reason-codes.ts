/** Enforcement reason codes, `reliability.enforcement_attempts[].reason` (FORMAT.md §8.6). */
export const REASON_MEANING: Record<string, string> = {
  no_workflow_tool: "called tools, but neither vote nor new_answer",
  no_tool_calls: "text-only response, no tool call",
  invalid_vote_id: "voted for a non-existent agent id",
  vote_no_answers: "voted when no answers existed",
  vote_and_answer: "used vote and new_answer in one response",
  answer_limit: "hit max_new_answers_per_agent; new_answer disabled",
  answer_novelty: "answer too similar to existing answers",
  answer_duplicate: "exact duplicate answer",
  api_error: "API/streaming error",
  fatal_api_error: "non-retryable backend error",
  connection_recovery: "stream ended early, recovered with preserved context",
  mcp_disconnected: "MCP server failed or unavailable",
  unknown_tool: "called a tool that does not exist",
};

/** Infrastructure failures (backend, network, MCP), as opposed to the agent not following the workflow. */
export const INFRA_REASONS = new Set(["api_error", "fatal_api_error", "connection_recovery", "mcp_disconnected"]);

export function reasonMeaning(reason: string | null): string {
  return reason ? (REASON_MEANING[reason] ?? "not a documented reason code") : "reason not recorded";
}
