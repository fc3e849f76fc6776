"use client";

import { goToPrintView } from "@/components/export/print-view";
import { setViewParams } from "@/components/permalink/use-view-params";
import { toggleTheme } from "@/components/theme/theme-store";
import { agentForKey } from "@/lib/prepare/export-permalink";

/** Typing in a field must never trigger a shortcut. */
export function isTypingTarget(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  return t.isContentEditable || t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT";
}

function focusSearch(): boolean {
  const input = document.querySelector<HTMLInputElement>('[data-testid="runs-search"], [data-testid="trace-search"]');
  if (!input) return false;
  input.focus();
  input.select();
  return true;
}

/** j/k on the runs list: focus the next/previous row's link (Enter then opens it natively). */
function moveRun(delta: 1 | -1): boolean {
  const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="runs-row"]')].sort(
    (a, b) => Number(a.getAttribute("aria-rowindex")) - Number(b.getAttribute("aria-rowindex")),
  );
  if (!rows.length) return false;
  const current = rows.findIndex((r) => r.contains(document.activeElement));
  const next = current < 0 ? (delta > 0 ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, current + delta));
  const row = rows[next];
  row?.querySelector<HTMLElement>("a[href]")?.focus();
  row?.scrollIntoView({ block: "nearest" });
  return true;
}

function focusAgent(key: string): boolean {
  const ids = [...document.querySelectorAll<HTMLElement>('[data-testid="run-agents"] [data-agent-id]')].map((el) => el.dataset.agentId ?? "");
  const next = agentForKey(ids, key, new URLSearchParams(window.location.search).get("agent"));
  if (next === undefined) return false;
  setViewParams({ agent: next });
  return true;
}

/** Runs the shortcut for `key`; false when the key means nothing here (the browser keeps it). */
export function runShortcut(key: string, toggleHelp: () => void): boolean {
  switch (key) {
    case "?":
      toggleHelp();
      return true;
    case "/":
      return focusSearch();
    case "j":
      return moveRun(1);
    case "k":
      return moveRun(-1);
    case "t":
      toggleTheme();
      return true;
    default:
      return focusAgent(key);
  }
}

export function isPrintKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "p";
}

/**
 * Ctrl+P on a run page prints the whole run (summary, votes, charts, timeline),
 * not just the open tab: it opens the print layout, which opens the dialog.
 */
export function printRun(): boolean {
  const { pathname, search } = window.location;
  if (!pathname.startsWith("/runs/") || new URLSearchParams(search).get("print") === "1") return false;
  goToPrintView(true);
  return true;
}
