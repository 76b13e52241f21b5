/**
 * Build-time entry point: writes the search payload (payload.ts) under `<outDir>/search/`. The payload holds
 * prefix-less URLs; the search page tells the client the site's base, so one payload serves any path prefix.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildSearchFiles, type BuildOptions } from './build-index.ts';
import type { SearchArchive } from './search-archive.ts';
import { TermsCache } from '../cache/terms-cache.ts';

export const SEARCH_DIR = 'search';

export interface WriteOptions {
  /** Folder of the analysed bodies kept between builds (see terms-cache.ts); without it every body is analysed. */
  cacheDir?: string;
}

export async function writeSearchIndex(archive: SearchArchive, outDir: string, options: WriteOptions = {}, early?: BuildOptions['early']): Promise<void> {
  const dir = join(outDir, SEARCH_DIR);
  const terms = options.cacheDir === undefined ? undefined : new TermsCache(options.cacheDir);
  const files = buildSearchFiles(archive, { ...(early ? { early } : {}), ...(terms ? { terms } : {}) });
  terms?.save();
  const folders = new Set([...files.keys()].map((name) => dirname(join(dir, name))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // A bounded number of writes at a time: 10,000 articles are 10,000 fragment files.
  const pending = [...files];
  const write = async () => {
    for (let next = pending.pop(); next; next = pending.pop()) await writeFile(join(dir, next[0]), next[1]);
  };
  await Promise.all(Array.from({ length: 16 }, write));
}
