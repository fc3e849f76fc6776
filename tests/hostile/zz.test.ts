import { it } from "vitest";
import { buildAttempt } from "@/lib/model/build-attempt";
import { prepareCharts } from "@/lib/prepare/charts";
import { copySample, loadSource, tempRoot } from "./support";
it("d", async () => {
  const t = tempRoot();
  const { rel } = copySample(t.root, "log_20260301_000000_000009");
  const full = await loadSource(t.root, rel, "full");
  const e = full.files["status.json"];
  if (e?.kind !== "text") throw new Error();
  for (const w of ["wrong", true, null, [], { x: 1 }, ""]) {
    const doc = JSON.parse(e.text);
    doc.agents.agent_a.round_history[1].estimated_cost = w;
    const m = buildAttempt({ ...full, files: { ...full.files, "status.json": { kind: "text", text: JSON.stringify(doc), size: 1, mtimeMs: 0 } } });
    const c = prepareCharts(m);
    console.log(JSON.stringify(w), JSON.stringify(c.cumulative.slice(3, 7)), JSON.stringify(m.agents.find(a=>a.id==="agent_a")?.rounds?.slice(0,2) ?? null).slice(0,300));
  }
  t.cleanup();
});
