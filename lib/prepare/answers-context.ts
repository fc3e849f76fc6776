import type { ParseIssue } from "@/lib/model/types";
import type { ParsedContext } from "@/lib/parse/context";
import { splitUserMessage, type SeenAnswer } from "./answers-user-message";

/**
 * "What the agent had seen": a context.txt (FORMAT.md §3.7) as a view.
 * Round snapshots hold {system_message, user_message, tools, conversation_history?};
 * final/<agent>/context.txt holds {messages, is_final, vote_summary, vote_counts, …};
 * anything else (a Python str() dump, an unknown shape) is shown as text.
 */
export type { SeenAnswer } from "./answers-user-message";

export interface ContextMessage {
  role: string;
  content: string;
}

export type ContextView =
  | {
      kind: "round";
      systemMessage: string | null;
      userMessage: string | null;
      /** the ORIGINAL MESSAGE part of the user message */
      task: string | null;
      /** the other agents' answers as the agent was shown them */
      seenAnswers: SeenAnswer[];
      tools: string[];
      /** entries of conversation_history; null when the key is absent */
      historyCount: number | null;
    }
  | {
      kind: "final";
      messages: ContextMessage[];
      voteSummary: string | null;
      voteCounts: { agentId: string; votes: number }[];
      /** how many agents' answers the presenter was given (all_answers) */
      answerCount: number | null;
    }
  | { kind: "text"; text: string };

/** What the context route returns (JSON). */
export type ContextResult =
  | { status: "ok"; file: string; size: number; view: ContextView; issues: ParseIssue[] }
  | { status: "too-large"; file: string; size: number; message: string }
  | { status: "missing"; file: string; message: string };

export function prepareContextView(parsed: ParsedContext): ContextView {
  if (parsed.kind === "text") return { kind: "text", text: parsed.text };
  const v = parsed.value;
  if (!isRecord(v)) return { kind: "text", text: JSON.stringify(v, null, 2) };
  if (Array.isArray(v["messages"]) || v["is_final"] === true) return finalView(v);
  if ("system_message" in v || "user_message" in v) return roundView(v);
  return { kind: "text", text: JSON.stringify(v, null, 2) };
}

function roundView(v: Record<string, unknown>): ContextView {
  const user = textOf(v["user_message"]);
  const split = user === null ? { task: null, answers: [] } : splitUserMessage(user);
  const tools = Array.isArray(v["tools"]) ? v["tools"].map(toolName).filter((n): n is string => n !== null) : [];
  const history = v["conversation_history"];
  return {
    kind: "round",
    systemMessage: textOf(v["system_message"]),
    userMessage: user,
    task: split.task,
    seenAnswers: split.answers,
    tools,
    historyCount: Array.isArray(history) ? history.length : null,
  };
}

function finalView(v: Record<string, unknown>): ContextView {
  const messages = Array.isArray(v["messages"])
    ? v["messages"].map((m) => (isRecord(m) ? { role: String(m["role"] ?? "?"), content: textOf(m["content"]) ?? "" } : { role: "?", content: textOf(m) ?? "" }))
    : [];
  const counts = isRecord(v["vote_counts"]) ? v["vote_counts"] : {};
  const voteCounts = Object.entries(counts)
    .map(([agentId, n]) => ({ agentId, votes: typeof n === "number" ? n : Number(n) || 0 }))
    .sort((a, b) => b.votes - a.votes);
  return {
    kind: "final",
    messages,
    voteSummary: textOf(v["vote_summary"]),
    voteCounts,
    answerCount: isRecord(v["all_answers"]) ? Object.keys(v["all_answers"]).length : null,
  };
}

/** Tool schemas: OpenAI style {function: {name}} or flat {name}. */
function toolName(t: unknown): string | null {
  if (!isRecord(t)) return null;
  const fn = t["function"];
  const name = isRecord(fn) ? fn["name"] : t["name"];
  return typeof name === "string" ? name : null;
}

/** Message content may be a string or a list of parts ({type: "text", text}). */
function textOf(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v;
  if (Array.isArray(v) && v.every((p) => isRecord(p) && typeof p["text"] === "string")) {
    return v.map((p) => (p as { text: string }).text).join("\n");
  }
  return JSON.stringify(v, null, 2);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
