/** Worker thread entry of `startSearchIndexWorker` (index-thread.ts): writes the one search index it is sent, then exits. */
import { parentPort } from 'node:worker_threads';
import { lowerThisThreadPriority } from '../threads/background-priority.ts';
import type { SearchIndexJob } from './index-thread.ts';
import { unpackSearchArchive } from './search-archive.ts';
import { writeSearchIndex } from './write-index.ts';

// The build needs the index only once its pages are rendered. At the same priority, this thread took turns with the
// main thread's rendering, the page writer and V8's collector threads on two cores: without the index a 10,000-
// article cold build took 1.35 s less, though the index was done first.
lowerThisThreadPriority();

parentPort!.once('message', async ({ archive, outDir, options }: SearchIndexJob) => {
  await writeSearchIndex(unpackSearchArchive(archive), outDir, options);
});
