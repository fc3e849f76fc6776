// Hash every file under the served fixture roots, so a whole e2e run can prove
// massgen-dash wrote nothing into the logs but ANALYSIS_REPORT.md.
import { createHash } from "node:crypto";
import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";

export function hashTree(root) {
  const out = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      const st = lstatSync(p);
      const rel = path.relative(root, p);
      if (st.isDirectory()) walk(p);
      else if (st.isSymbolicLink()) out[rel] = `link:${readlinkSync(p)}`;
      else out[rel] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(root);
  return out;
}

/** Paths that differ between two hash maps, ignoring ANALYSIS_REPORT.md (the one file the product may write). */
export function treeChanges(before, after) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => before[k] !== after[k] && path.basename(k) !== "ANALYSIS_REPORT.md").sort();
}
