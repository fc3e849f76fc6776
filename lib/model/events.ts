import { parseLocalIso } from "@/lib/parse/timestamps";
import { isRecord, numOrNull, str } from "./agents";
import { isOldIgnoredVote } from "./ignored-votes";
import type { RunFiles } from "./run-files";
import type { CoordinationEventView, RunError } from "./types";

/** coordination_events.json events (§3.4) as plain views; unknown event types pass through. */
export function coordinationEvents(files: RunFiles): CoordinationEventView[] | null {
  const events = files.coordination?.events;
  if (!events) return null;
  return events.map((e) => {
    const context = isRecord(e.context) ? e.context : {};
    return {
      timestamp: numOrNull(e.timestamp),
      type: e.event_type,
      agentId: e.agent_id ?? null,
      details: e.details ?? "",
      iteration: numOrNull(context["iteration"]),
      round: numOrNull(context["round"]),
      context,
    };
  });
}

/**
 * Errors and timeouts in time order: coordination `agent_error` / `agent_timeout`
 * (not the pre-v0.1.33 VOTE_IGNORED pseudo-error) → events.jsonl `error` /
 * `orchestrator_timeout` → status.json agents[].error (whose timestamp is only
 * the time of the status write, §3.1.4).
 */
export function runErrors(files: RunFiles, tz?: number): RunError[] {
  const events = files.coordination?.events;
  if (events) {
    return events.flatMap((e): RunError[] => {
      const at = numOrNull(e.timestamp);
      if (e.event_type === "agent_timeout") return [{ agentId: e.agent_id ?? null, type: "timeout", message: strip(e.details, "TIMEOUT: "), timestamp: at }];
      if (e.event_type === "agent_error" && !isOldIgnoredVote(e)) return [{ agentId: e.agent_id ?? null, type: "error", message: strip(e.details, "ERROR: "), timestamp: at }];
      return [];
    });
  }
  if (files.events) {
    return files.events.flatMap((e): RunError[] => {
      const at = e.timestamp ? parseLocalIso(e.timestamp, tz) : null;
      if (e.event_type === "error") return [{ agentId: e.agent_id ?? null, type: "error", message: String(e.data?.["error"] ?? ""), timestamp: at }];
      if (e.event_type === "orchestrator_timeout") return [{ agentId: null, type: "timeout", message: str(e.data?.["timeout_reason"]) ?? "orchestrator timeout", timestamp: at }];
      return [];
    });
  }
  return Object.entries(files.status?.agents ?? {}).flatMap(([id, a]): RunError[] =>
    a.error ? [{ agentId: id, type: a.error.type === "timeout" ? "timeout" : "error", message: a.error.message ?? "", timestamp: numOrNull(a.error.timestamp) }] : [],
  );
}

function strip(details: string | null | undefined, prefix: string): string {
  const d = details ?? "";
  return d.startsWith(prefix) ? d.slice(prefix.length) : d;
}
