/**
 * `writeSearchIndex` on a worker thread, so the build can render pages
 * meanwhile: the main thread only copies the fields the index reads, packed.
 */
import type { FreshText } from '../content/load.ts';
import { startTsWorker } from './ts-worker.ts';
import { packSearchArchive, type PackedSearchArchive, type SearchArchive } from '../search/search-archive.ts';
import type { WriteOptions, WrittenIndex } from '../search/write-index.ts';

export interface SearchIndexJob {
  archive: PackedSearchArchive;
  outDir: string;
  options: WriteOptions;
}

/** A worker for one search index, started before its archive is known. */
export interface SearchIndexWorker {
  /**
   * Writes the same files as `writeSearchIndex(archive, outDir, options)`; resolves with its result once they are all
   * written and the caches saved (the worker has ended).
   */
  write(archive: SearchArchive, outDir: string, options?: WriteOptions): Promise<WrittenIndex>;
  /** The same result as soon as the files are written: the caches are then still being saved, until `write` resolves. */
  readonly filesWritten: Promise<WrittenIndex>;
  /** Analyses these bodies now, for the `write` to come (see early-analyses.ts). */
  analyse(texts: FreshText[]): void;
}

/**
 * Starts the worker now, so that it loads its modules, reads the caches in `cacheDir` and checks the files kept in
 * `previous` (the `write` to come's `options.cacheDir` and `options.previous`), while the caller is still loading the
 * archive, not after; a process that ends before giving it a job ends it too.
 */
export function startSearchIndexWorker(cacheDir?: string, previous?: string): SearchIndexWorker {
  const worker = startTsWorker(import.meta.resolve('./search-index-worker.ts'));
  if (cacheDir !== undefined) worker.postMessage({ open: cacheDir, ...(previous === undefined ? {} : { previous }) });
  let result: WrittenIndex | undefined;
  const filesWritten = new Promise<WrittenIndex>((resolve) => worker.once('message', (message: WrittenIndex) => resolve((result = message))));
  const ended = new Promise<WrittenIndex>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`search index worker exited with code ${code}`));
      else if (!result) reject(new Error('search index worker ended without a result'));
      else resolve(result);
    });
  });
  // A worker that fails before its files are written rejects this too.
  const written = Promise.race([filesWritten, ended]);
  // Returned; a worker never given a job has nothing to report.
  for (const promise of [ended, written]) promise.catch(() => {});
  return {
    filesWritten: written,
    analyse(texts) {
      worker.postMessage({ texts });
    },
    write(archive, outDir, options = {}) {
      worker.postMessage({ archive: packSearchArchive(archive), outDir, options } satisfies SearchIndexJob);
      return ended;
    },
  };
}
