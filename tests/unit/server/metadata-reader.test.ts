import path from "node:path";
import { describe, expect, it } from "vitest";
import { readConfigView } from "@/lib/server/metadata-reader";
import { FIXTURE_ROOT } from "./helpers";

const BROKEN_ROOT = path.resolve(__dirname, "../../fixtures/broken");

describe("readConfigView", () => {
  it("reads an attempt's execution_metadata.yaml", async () => {
    const v = await readConfigView(FIXTURE_ROOT, "log_20251225_204406_076604/turn_1/attempt_1");
    expect(v.state).toBe("ok");
    expect(v.state === "ok" && v.agents).toHaveLength(3);
  });

  it("says which version started writing the file when it is missing", async () => {
    expect(await readConfigView(FIXTURE_ROOT, "log_20251020_022559")).toEqual({
      state: "missing",
      file: "log_20251020_022559/execution_metadata.yaml",
      since: "v0.1.0",
    });
  });

  it("reports invalid YAML as unreadable", async () => {
    const v = await readConfigView(BROKEN_ROOT, "log_20260201_100006_000006/turn_1/attempt_1");
    expect(v.state).toBe("unreadable");
  });

  it("refuses a run path leaving the root", async () => {
    expect((await readConfigView(FIXTURE_ROOT, "../../..")).state).toBe("missing");
  });
});
