/**
 * `writeSearchIndex` on a worker thread, so the build can render pages
 * meanwhile: the main thread only copies the fields the index reads.
 */
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../threads/ts-worker.ts';
import { toSearchArchive, type SearchArchive } from './search-archive.ts';
import type { WriteOptions } from './write-index.ts';

export interface StartOptions extends WriteOptions {
  /** Extra worker threads that build missing body shards into `cacheDir` meanwhile (none without a cacheDir). */
  shardThreads?: number;
}

export type SearchIndexJob = { archive: SearchArchive; options: WriteOptions } & (
  | { task: 'write'; outDir: string }
  | { task: 'fill-cache'; cacheDir: string }
);

/** Writes the same files as `writeSearchIndex(archive, outDir, options)`; resolves once they are all written. */
export async function startSearchIndex(archive: SearchArchive, outDir: string, options: StartOptions = {}): Promise<void> {
  const { shardThreads = 0, ...writeOptions } = options;
  const input = toSearchArchive(archive);
  const jobs: SearchIndexJob[] = [{ task: 'write', archive: input, options: writeOptions, outDir }];
  const { cacheDir } = writeOptions;
  if (cacheDir !== undefined) {
    for (let i = 0; i < shardThreads; i++) jobs.push({ task: 'fill-cache', archive: input, options: writeOptions, cacheDir });
  }
  await Promise.all(jobs.map((job) => finished(startTsWorker(import.meta.resolve('./index-worker.ts'), { workerData: job }))));
}

function finished(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`search index worker exited with code ${code}`))));
  });
}
