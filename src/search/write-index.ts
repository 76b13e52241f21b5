/**
 * Build-time entry point (called from .eleventy.ts): writes the search
 * payload under `<outDir>/search/`. The payload holds prefix-less URLs; the
 * search page tells the client the site's base, so one payload serves any
 * path prefix.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSearchFiles, type BuildOptions } from './build-index.ts';
import type { SearchArchive } from './search-archive.ts';
import { ShardCache } from './shard-cache.ts';

export const SEARCH_DIR = 'search';

export interface WriteOptions extends Omit<BuildOptions, 'shardCache' | 'early'> {
  /** Folder of cached body shards (see shard-cache.ts); without it every shard is built. */
  cacheDir?: string;
}

export async function writeSearchIndex(
  archive: SearchArchive,
  outDir: string,
  options: WriteOptions = {},
  early?: BuildOptions['early'],
): Promise<void> {
  const dir = join(outDir, SEARCH_DIR);
  await mkdir(dir, { recursive: true });
  const shardCache = options.cacheDir === undefined ? undefined : new ShardCache(options.cacheDir);
  const files = buildSearchFiles(archive, { shardSize: options.shardSize, shardCache, ...(early ? { early } : {}) });
  await Promise.all([...files].map(([name, json]) => writeFile(join(dir, name), json)));
  shardCache?.prune();
}
