/**
 * What the previous build left in the output folder: its files and the fingerprints of its paginated pages, kept in
 * the cache folder. Only trusted for the very folder the build left (same device, inode and change time): an output
 * folder deleted, replaced or written to by another tool makes the next build a full one.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../fs/write-atomically.mjs';
import type { PageFingerprints } from './page-plan.ts';

const VERSION = 2;

export interface OutputRecord {
  /** Every file in the output folder, relative to it. */
  files: string[];
  pages: PageFingerprints;
}

interface Manifest extends OutputRecord {
  version: number;
  /** Identity of the output folder when this manifest was written. */
  identity: string;
  output: string;
}

export function manifestFile(cacheDir: string, outDir: string): string {
  return join(cacheDir, `${createHash('sha1').update(outDir).digest('hex').slice(0, 16)}.json`);
}

async function identity(dir: string): Promise<string | undefined> {
  const info = await stat(dir).catch(() => undefined);
  return info?.isDirectory() ? `${info.dev}:${info.ino}:${info.ctimeMs}` : undefined;
}

/** What `outDir` holds, or undefined when that is unknown. */
export async function readManifest(file: string, outDir: string): Promise<OutputRecord | undefined> {
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    const current = await identity(outDir);
    return manifest.version === VERSION && manifest.output === outDir && current === manifest.identity ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/** Call after `outDir` is in place; written atomically so a crash leaves the old manifest or none. */
export async function writeManifest(file: string, outDir: string, record: OutputRecord): Promise<void> {
  const manifest: Manifest = { version: VERSION, output: outDir, identity: (await identity(outDir))!, ...record };
  await writeFileAtomically(file, JSON.stringify(manifest));
}
