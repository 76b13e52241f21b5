/** Worker thread entry of `startSearchIndex` (index-thread.ts): writes one search index, then exits. */
import { workerData } from 'node:worker_threads';
import type { SearchIndexJob } from './index-thread.ts';
import { unpackSearchArchive } from './search-archive.ts';
import { writeSearchIndex } from './write-index.ts';

const { archive, outDir, options } = workerData as SearchIndexJob;
await writeSearchIndex(unpackSearchArchive(archive), outDir, options);
