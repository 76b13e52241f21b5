/**
 * Build-time entry point: writes the search payload (payload.ts) under `<outDir>/search/`. The payload holds
 * prefix-less URLs; the search page tells the client the site's base, so one payload serves any path prefix.
 */
import { existsSync } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { appendedFiles, totalsOf, type IndexTotals } from './append-index.ts';
import { indexDocs, payloadDocs, payloadFiles, registryInputs, type BuildOptions } from './build-index.ts';
import { docFile } from './payload.ts';
import { loadFullDictionary } from './dictionary.ts';
import type { SearchArchive } from './search-archive.ts';
import { cacheKey } from '../cache/key.mjs';
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
   * A folder holding the site as the last build left it (the build's live copy, which its standby is made a copy of).
   * A file the last build wrote that is there unchanged is not written again but listed as kept; the caller keeps it.
   */
  previous?: string;
}

export interface WrittenIndex {
  /** Payload files (relative to the output folder) left as they are in `previous` instead of being written. */
  kept: string[];
  /** How many documents were appended to the last build's payload, if it was not built whole. */
  appended?: number;
}

/** Writes at a time: enough to keep the file system busy, few enough not to crowd the thread pool. */
const CONCURRENT_WRITES = 16;

/** The caches of one folder, read: a worker thread reads them while the archive is still loading. */
export interface OpenedCaches {
  cacheDir: string;
  terms: TermsCache;
  record: PayloadRecord;
}

/**
 * `previous`: the folder the write to come will be given as `options.previous`, whose payload files are checked now.
 * Reading, checking and loading the stemmer's dictionary here keeps them out of the time between the archive's hand-over
 * and the index's end, which is the end of an incremental build (docs/performance.md).
 */
export function openSearchCaches(cacheDir: string, early?: BuildOptions['early'], previous?: string): OpenedCaches {
  const terms = new TermsCache(cacheDir, early?.packed);
  void terms.pack; // read now
  const record = new PayloadRecord(cacheDir);
  if (previous !== undefined) record.checkAhead(previous);
  loadFullDictionary(); // every index stems with it, even one of no new documents
  return { cacheDir, terms, record };
}

/**
 * `opened`: the caches of `options.cacheDir` read beforehand (others are ignored). `onWritten` is told the result as
 * soon as every file is written, before the caches are saved, which the site does not wait for.
 */
export async function writeSearchIndex(
  archive: SearchArchive,
  outDir: string,
  options: WriteOptions = {},
  early?: BuildOptions['early'],
  opened?: OpenedCaches,
  onWritten?: (written: WrittenIndex) => void,
): Promise<WrittenIndex> {
  const { cacheDir } = options;
  // A previous folder without a payload has nothing to keep; looking there for each file would only wait on the
  // folder being written when it is also `outDir`.
  const previous = options.previous !== undefined && existsSync(join(options.previous, SEARCH_DIR)) ? options.previous : undefined;
  const caches = cacheDir === undefined ? undefined : opened?.cacheDir === cacheDir ? opened : openSearchCaches(cacheDir, early);
  const terms = caches?.terms;
  const record = caches?.record;
  const docs = payloadDocs(archive);
  const kept: string[] = [];
  // A fragment is recorded by what it is made of, so one that is kept is not even made; other files by their bytes.
  const prints = record && new Map(docs.map((doc, n) => [docFile(n), record.fragmentPrint(doc.inputs)]));
  const fragmentPrints = new Map<string, string>();
  const hasFragment = (name: string) => {
    const path = join(SEARCH_DIR, name);
    const print = prints!.get(name)!;
    if (previous !== undefined && record!.keeps(previous, path, print)) return Boolean(kept.push(path));
    fragmentPrints.set(name, print);
    return false;
  };
  const indexOptions = { ...(early ? { early } : {}), ...(terms ? { terms } : {}), ...(record ? { hasFragment } : {}) };
  const registry = cacheKey('search registry', registryInputs(archive));
  const state = record?.state;
  let made: { files: Iterable<[name: string, json: string]>; totals: IndexTotals } | undefined;
  let appended: number | undefined;
  // The documents of the last build, unchanged and first in the same order: the new ones are appended to its payload.
  if (previous !== undefined && state && state.registry === registry && state.count <= docs.length && docs.every((_, n) => n >= state.count || record!.recorded(join(SEARCH_DIR, docFile(n))) === prints!.get(docFile(n)))) {
    terms?.keepStored();
    const parts = indexDocs(docs.slice(state.count), state.count, indexOptions);
    const changed = appendedFiles(archive, state, parts, (name) => record!.read(previous, join(SEARCH_DIR, name)));
    // Every other file of the last build's is part of this payload as it is, if it is still there as written.
    const others = changed && record!.paths().filter((path) => path.startsWith(SEARCH_DIR + sep) && !changed.files.has(path.slice(SEARCH_DIR.length + 1)));
    if (others?.every((path) => record!.keeps(previous, path, record!.recorded(path)!))) {
      kept.push(...others);
      made = changed;
      appended = parts.count;
    }
  }
  if (!made) {
    kept.length = 0;
    const parts = indexDocs(docs, 0, indexOptions);
    made = { files: payloadFiles(archive, parts), totals: totalsOf(parts) };
  }
  // Files are made as the writers ask for them, so that only the few being written are held.
  const files = made.files[Symbol.iterator]();
  const folders = new Map<string, Promise<unknown>>();
  const write = async () => {
    for (let next = files.next(); !next.done; next = files.next()) {
      const [name, content] = next.value;
      const path = join(SEARCH_DIR, name);
      const fragment = fragmentPrints.get(name);
      const hash = record && (fragment ?? hashOf(content));
      if (record && previous !== undefined && ((fragment === undefined && record.keeps(previous, path, hash!)) || record.adopts(previous, path, content, hash!))) {
        kept.push(path);
        continue;
      }
      const folder = dirname(join(outDir, path));
      let ready = folders.get(folder);
      if (!ready) folders.set(folder, (ready = mkdir(folder, { recursive: true })));
      await ready;
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
  const written = { kept, ...(appended === undefined ? {} : { appended }) };
  onWritten?.(written);
  terms?.save([PAYLOAD_RECORD_ENTRY]);
  record?.save({ count: docs.length, registry, ...made.totals });
  return written;
}
