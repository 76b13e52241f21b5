/**
 * `writeSearchIndex` on a worker thread, so the build can render pages
 * meanwhile: the main thread only copies the fields the index reads, packed.
 */
import { startTsWorker } from '../threads/ts-worker.ts';
import { packSearchArchive, type PackedSearchArchive, type SearchArchive } from './search-archive.ts';
import type { WriteOptions } from './write-index.ts';

export interface SearchIndexJob {
  archive: PackedSearchArchive;
  outDir: string;
  options: WriteOptions;
}

/** Writes the same files as `writeSearchIndex(archive, outDir, options)`; resolves once they are all written. */
export function startSearchIndex(archive: SearchArchive, outDir: string, options: WriteOptions = {}): Promise<void> {
  const job: SearchIndexJob = { archive: packSearchArchive(archive), outDir, options };
  const worker = startTsWorker(import.meta.resolve('./index-worker.ts'), { workerData: job });
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`search index worker exited with code ${code}`))));
  });
}
