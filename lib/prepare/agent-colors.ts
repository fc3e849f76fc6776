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
// fg and soft are light-dark() pairs (300 / 950 steps in dark): they resolve by the page's color-scheme
// (app/globals.css), so text and tints read in both themes while `solid` stays one colour everywhere.
export const AGENT_PALETTE: readonly AgentColor[] = [
  { solid: "#2563eb", fg: "light-dark(#1e40af, #93c5fd)", soft: "light-dark(#dbeafe, #172554)" }, // blue
  { solid: "#d97706", fg: "light-dark(#92400e, #fcd34d)", soft: "light-dark(#fef3c7, #3b1d06)" }, // amber
  { solid: "#059669", fg: "light-dark(#065f46, #6ee7b7)", soft: "light-dark(#d1fae5, #052e22)" }, // emerald
  { solid: "#db2777", fg: "light-dark(#9d174d, #f9a8d4)", soft: "light-dark(#fce7f3, #4a0a26)" }, // pink
  { solid: "#7c3aed", fg: "light-dark(#5b21b6, #c4b5fd)", soft: "light-dark(#ede9fe, #2a1260)" }, // violet
  { solid: "#0891b2", fg: "light-dark(#155e75, #67e8f9)", soft: "light-dark(#cffafe, #0a3140)" }, // cyan
  { solid: "#dc2626", fg: "light-dark(#991b1b, #fca5a5)", soft: "light-dark(#fee2e2, #450f0f)" }, // red
  { solid: "#65a30d", fg: "light-dark(#3f6212, #bef264)", soft: "light-dark(#ecfccb, #1d2e08)" }, // lime
  { solid: "#4f46e5", fg: "light-dark(#3730a3, #a5b4fc)", soft: "light-dark(#e0e7ff, #1e1b4b)" }, // indigo
  { solid: "#ea580c", fg: "light-dark(#9a3412, #fdba74)", soft: "light-dark(#ffedd5, #431a07)" }, // orange
];

const FALLBACK: AgentColor = { solid: "#71717a", fg: "light-dark(#3f3f46, #d4d4d8)", soft: "light-dark(#f4f4f5, #27272a)" };

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
