// Playwright globalTeardown: the served fixture copies must be byte-identical to
// their state at server start, apart from ANALYSIS_REPORT.md (issue 8).
import { existsSync, readFileSync } from "node:fs";
import { manifestPath } from "./serve-fixtures-manifest.mjs";
import { hashTree, treeChanges } from "./tree-hash.mjs";

export default function integrityTeardown() {
  if (!existsSync(manifestPath)) throw new Error(`no fixture manifest at ${manifestPath}: the e2e server did not start`);
  const { roots } = JSON.parse(readFileSync(manifestPath, "utf8"));
  const changed = roots.flatMap(({ root, hashes }) => treeChanges(hashes, hashTree(root)).map((p) => `${root}/${p}`));
  if (changed.length > 0) throw new Error(`massgen-dash changed files in the log roots:\n${changed.join("\n")}`);
  console.log(`fixture integrity: ${roots.length} roots unchanged apart from ANALYSIS_REPORT.md`);
}
