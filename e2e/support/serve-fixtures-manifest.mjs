import path from "node:path";
import { repoRoot } from "./cli.mjs";

/** Where the e2e server records the hashes of the fixture copies it serves. */
export const manifestPath = path.join(repoRoot, "test-results", "e2e-fixture-manifest.json");
