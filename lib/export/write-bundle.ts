import "server-only";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { zipSync } from "fflate";
import type { BundleFile } from "./render-bundle";

/**
 * Puts the rendered files on disk: each into `outDir`, or all in one .zip
 * (`--zip`, issue 7) next to it. Writes go through a temp name and a rename
 * so an interrupted export never leaves a half file that looks complete.
 */
export interface Written {
  path: string;
  bytes: number;
}

async function atomicWrite(file: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, file);
}

export async function writeBundle(files: readonly BundleFile[], outDir: string, zip: boolean, zipName: string): Promise<Written[]> {
  await mkdir(outDir, { recursive: true });
  if (!zip) {
    const out: Written[] = [];
    for (const f of files) {
      const p = path.join(outDir, f.name);
      await atomicWrite(p, f.bytes);
      out.push({ path: p, bytes: f.bytes.length });
    }
    return out;
  }
  // One folder inside the archive, so unzipping never scatters files into the user's cwd.
  const folder = zipName.replace(/\.zip$/, "");
  const entries = Object.fromEntries(files.map((f) => [`${folder}/${f.name}`, f.bytes]));
  const archive = zipSync(entries, { level: 9 });
  const p = path.join(outDir, zipName);
  await atomicWrite(p, archive);
  return [{ path: p, bytes: archive.length }];
}
