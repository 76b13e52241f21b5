/**
 * Build-time entry point: writes the search payload (payload.ts) under `<outDir>/search/`. The payload holds
 * prefix-less URLs; the search page tells the client the site's base, so one payload serves any path prefix.
 */
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildSearchFiles, type BuildOptions } from './build-index.ts';
import type { SearchArchive } from './search-archive.ts';
import { hashOf, PayloadRecord, PAYLOAD_RECORD_ENTRY, stampOf } from '../cache/payload-record.ts';
import { TermsCache } from '../cache/terms-cache.ts';

export const SEARCH_DIR = 'search';

export interface WriteOptions {
  /**
   * Folder of what is kept between builds: the analysed bodies (terms-cache.ts) and the record of the files written
   * (payload-record.ts). Without it every body is analysed and every file written.
   */
  cacheDir?: string;
  /**
   * A folder holding the site as the last build left it (the output store's standby copy). A file the last build
   * wrote that is there unchanged is not written again but listed as kept; the caller keeps it.
   */
  previous?: string;
}

export interface WrittenIndex {
  /** Payload files (relative to the output folder) left as they are in `previous` instead of being written. */
  kept: string[];
}

/** Writes at a time: enough to keep the file system busy, few enough not to crowd the thread pool. */
const CONCURRENT_WRITES = 16;

export async function writeSearchIndex(archive: SearchArchive, outDir: string, options: WriteOptions = {}, early?: BuildOptions['early']): Promise<WrittenIndex> {
  const { cacheDir, previous } = options;
  const terms = cacheDir === undefined ? undefined : new TermsCache(cacheDir);
  const record = cacheDir === undefined ? undefined : new PayloadRecord(cacheDir);
  const kept: string[] = [];
  // A fragment is recorded by what it is made of, so one that is kept is not even made; other files by their bytes.
  const fragmentPrints = new Map<string, string>();
  const hasFragment = (name: string, inputs: string[]) => {
    const path = join(SEARCH_DIR, name);
    const print = record!.fragmentPrint(inputs);
    if (previous !== undefined && record!.keeps(previous, path, print)) return Boolean(kept.push(path));
    fragmentPrints.set(name, print);
    return false;
  };
  const files = buildSearchFiles(archive, { ...(early ? { early } : {}), ...(terms ? { terms } : {}), ...(record ? { hasFragment } : {}) });
  terms?.save([PAYLOAD_RECORD_ENTRY]);
  const pending: Array<{ path: string; content: string; hash: string | undefined }> = [];
  for (const [name, content] of files) {
    const path = join(SEARCH_DIR, name);
    const fragment = fragmentPrints.get(name);
    const hash = record && (fragment ?? hashOf(content));
    if (record && fragment === undefined && previous !== undefined && record.keeps(previous, path, hash!)) kept.push(path);
    else pending.push({ path, content, hash });
  }
  const folders = new Set(pending.map(({ path }) => dirname(join(outDir, path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const write = async () => {
    for (let next = pending.pop(); next; next = pending.pop()) {
      const { path, content, hash } = next;
      if (!record) {
        await writeFile(join(outDir, path), content);
        continue;
      }
      const file = await open(join(outDir, path), 'w');
      try {
        await file.writeFile(content);
        record.wrote(path, hash!, stampOf(await file.stat()));
      } finally {
        await file.close();
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_WRITES }, write));
  record?.save();
  return { kept };
}
