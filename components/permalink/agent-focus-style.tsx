"use client";

import { cssString } from "@/lib/prepare/export-permalink";
import { useFocusAgent } from "./use-view-params";

/**
 * Highlights the focused agent (`?agent=`) wherever the page marks an agent
 * with data-agent-id / data-agent, without threading it through every panel.
 */
export function AgentFocusStyle() {
  const agent = useFocusAgent();
  if (!agent) return null;
  const v = cssString(agent);
  const css =
    `[data-agent-id=${v}]{outline:2px solid var(--ring);outline-offset:1px}` +
    `[data-agent=${v}]:not(g){background-color:color-mix(in srgb,var(--accent) 9%,transparent)}`;
  return <style data-testid="agent-focus-style">{css}</style>;
}
