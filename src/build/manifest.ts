/**
 * The previous build's page fingerprints, kept in the cache folder beside the output they describe. They are only
 * trusted for the very folder the build swapped into place (same device, inode and change time): an output folder
 * deleted, replaced or written by another tool makes the next build a full one.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PageFingerprints } from './page-plan.ts';

const VERSION = 1;

interface Manifest {
  version: number;
  output: string;
  /** Identity of the output folder when this manifest was written. */
  identity: string;
  pages: PageFingerprints;
}

export function manifestFile(cacheDir: string, outDir: string): string {
  return join(cacheDir, `${createHash('sha1').update(outDir).digest('hex').slice(0, 16)}.json`);
}

async function identity(dir: string): Promise<string | undefined> {
  const info = await stat(dir).catch(() => undefined);
  return info?.isDirectory() ? `${info.dev}:${info.ino}:${info.ctimeMs}` : undefined;
}

/** The fingerprints of the pages now in `outDir`, or undefined when they are unknown. */
export async function readManifest(file: string, outDir: string): Promise<PageFingerprints | undefined> {
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    const current = await identity(outDir);
    return manifest.version === VERSION && manifest.output === outDir && current === manifest.identity ? manifest.pages : undefined;
  } catch {
    return undefined;
  }
}

/** Call after `outDir` is in place; written atomically so a crash leaves the old manifest or none. */
export async function writeManifest(file: string, outDir: string, pages: PageFingerprints): Promise<void> {
  const manifest: Manifest = { version: VERSION, output: outDir, identity: (await identity(outDir))!, pages };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(manifest));
  await rename(`${file}.tmp`, file);
}
