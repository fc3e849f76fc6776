/** "Nice" tick steps in seconds for a time axis, from 1 s to 6 h. */
const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600];

/** Ticks inside [t0, t1], about `target` of them, on multiples of a nice step. */
export function timeTicks(t0: number, t1: number, target: number): number[] {
  const want = (t1 - t0) / Math.max(1, target);
  const step = STEPS.find((s) => s >= want) ?? STEPS[STEPS.length - 1] ?? 3600;
  const out: number[] = [];
  for (let t = Math.ceil(t0 / step) * step; t <= t1 + 1e-9; t += step) out.push(t);
  return out;
}
