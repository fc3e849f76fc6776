import { expect, it } from "vitest";
import { generateReport } from "@/lib/report/generate-report";
import { caseFor, inputFor } from "./report-fixtures";

// Timing is printed, not asserted (issue 6 benchmark lives in `npm run bench`).
it("generates a typical run's report in milliseconds", async () => {
  const input = await inputFor(caseFor("log_20260101_040520_734369"));
  generateReport(input);
  const runs = 20;
  const t0 = performance.now();
  let md = "";
  for (let i = 0; i < runs; i++) md = generateReport(input);
  const ms = (performance.now() - t0) / runs;
  console.log(`generateReport: ${ms.toFixed(2)} ms per report (5 agents, ${input.model.coordinationEvents?.length ?? 0} events, ${input.traces?.length ?? 0} traces, ${md.length} chars)`);
  expect(md.length).toBeGreaterThan(0);
});
