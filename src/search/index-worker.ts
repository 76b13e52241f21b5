/** Worker thread entry of `startSearchIndexWorker` (index-thread.ts): writes the one search index it is sent, then exits. */
import { parentPort } from 'node:worker_threads';
import type { SearchIndexJob } from './index-thread.ts';
import { unpackSearchArchive } from './search-archive.ts';
import { writeSearchIndex } from './write-index.ts';

parentPort!.once('message', async ({ archive, outDir, options }: SearchIndexJob) => {
  await writeSearchIndex(unpackSearchArchive(archive), outDir, options);
});
