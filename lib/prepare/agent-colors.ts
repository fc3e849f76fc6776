/**
 * One colour per agent id, assigned once and reused by every view (STYLE.md
 * principle 7). Colours come from the id's hash so the same id keeps its colour
 * across runs; within one run, collisions are resolved by probing in sorted-id
 * order so two agents of a run never share a colour (up to the palette size).
 */

export interface AgentColor {
  /** strong colour: dots, chart lines, bars */
  solid: string;
  /** text colour on `soft` */
  fg: string;
  /** light tint for chips/backgrounds */
  soft: string;
}

// Tailwind-ish 600 / 800 / 100 steps; chosen to stay distinguishable in print and for common colour-vision deficiencies.
export const AGENT_PALETTE: readonly AgentColor[] = [
  { solid: "#2563eb", fg: "#1e40af", soft: "#dbeafe" }, // blue
  { solid: "#d97706", fg: "#92400e", soft: "#fef3c7" }, // amber
  { solid: "#059669", fg: "#065f46", soft: "#d1fae5" }, // emerald
  { solid: "#db2777", fg: "#9d174d", soft: "#fce7f3" }, // pink
  { solid: "#7c3aed", fg: "#5b21b6", soft: "#ede9fe" }, // violet
  { solid: "#0891b2", fg: "#155e75", soft: "#cffafe" }, // cyan
  { solid: "#dc2626", fg: "#991b1b", soft: "#fee2e2" }, // red
  { solid: "#65a30d", fg: "#3f6212", soft: "#ecfccb" }, // lime
  { solid: "#4f46e5", fg: "#3730a3", soft: "#e0e7ff" }, // indigo
  { solid: "#ea580c", fg: "#9a3412", soft: "#ffedd5" }, // orange
];

const FALLBACK: AgentColor = { solid: "#71717a", fg: "#3f3f46", soft: "#f4f4f5" };

/** FNV-1a: tiny, deterministic, good enough spread for short ids. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Colour of one id on its own (no collision handling). */
export function agentColor(id: string): AgentColor {
  return AGENT_PALETTE[hash(id) % AGENT_PALETTE.length] ?? FALLBACK;
}

/** Colours for all agents of one run: stable for a given set, distinct while the palette lasts. */
export function agentColorMap(ids: readonly string[]): Record<string, AgentColor> {
  const out: Record<string, AgentColor> = {};
  const used = new Set<number>();
  const n = AGENT_PALETTE.length;
  for (const id of [...new Set(ids)].sort()) {
    let slot = hash(id) % n;
    for (let probe = 0; probe < n && used.has(slot); probe++) slot = (slot + 1) % n;
    used.add(slot);
    out[id] = AGENT_PALETTE[slot] ?? FALLBACK;
  }
  return out;
}
