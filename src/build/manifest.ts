/**
 * What the previous build left in the output folder: its files and the fingerprints of its paginated pages, kept in
 * the cache folder. Only trusted for the very folder the build left (same device, inode and change time): an output
 * folder deleted, replaced or written to by another tool makes the next build a full one.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cacheKey } from '../cache/key.mjs';
import { CacheStore } from '../cache/store.mjs';
import type { PageFingerprints } from './page-plan.ts';

/** A checksummed entry of src/cache: a damaged manifest is dropped with a warning, and the build is a full one. */
const store = (file: string) => new CacheStore(dirname(file), { kind: 'page manifest', version: '3' });

export interface OutputRecord {
  /** Every file in the output folder, relative to it. */
  files: string[];
  pages: PageFingerprints;
}

interface Manifest extends OutputRecord {
  /** Identity of the output folder when this manifest was written. */
  identity: string;
  output: string;
}

export function manifestFile(cacheDir: string, outDir: string): string {
  return join(cacheDir, `${cacheKey(outDir).slice(0, 16)}-manifest.json`);
}

async function identity(dir: string): Promise<string | undefined> {
  const info = await stat(dir).catch(() => undefined);
  return info?.isDirectory() ? `${info.dev}:${info.ino}:${info.ctimeMs}` : undefined;
}

/** What `outDir` holds, or undefined when that is unknown. */
export async function readManifest(file: string, outDir: string): Promise<OutputRecord | undefined> {
  const manifest = await store(file).read(basename(file), (payload) => JSON.parse(payload.toString()) as Manifest);
  const current = await identity(outDir);
  return manifest?.output === outDir && current === manifest.identity ? manifest : undefined;
}

/** Call after `outDir` is in place; written atomically so a crash leaves the old manifest or none. */
export async function writeManifest(file: string, outDir: string, record: OutputRecord): Promise<void> {
  const manifest: Manifest = { output: outDir, identity: (await identity(outDir))!, ...record };
  await store(file).write(basename(file), JSON.stringify(manifest));
}
