/**
 * Worker thread entry of `startSearchIndexWorker` (index-thread.ts): reads its caches and analyses the bodies it is
 * sent while the archive loads, writes the one search index it is then sent, and exits.
 */
import { parentPort } from 'node:worker_threads';
import { lowerThisThreadPriority } from './background-priority.ts';
import type { SearchIndexJob } from './search-index-thread.ts';
import { unpackSearchArchive } from '../search/search-archive.ts';
import type { FreshText } from '../content/load.ts';
import { EarlyAnalyses } from './search-early-analyses.ts';
import { openSearchCaches, writeSearchIndex, type OpenedCaches } from '../search/write-index.ts';

// The build needs the index only once its pages are rendered. At the same priority, this thread took turns with the
// main thread's rendering, the page writer and V8's collector threads on two cores, and slowed the whole build
// though the index was done first (docs/performance.md).
lowerThisThreadPriority();

const early = new EarlyAnalyses();
let opened: OpenedCaches | undefined;
const receive = async (message: SearchIndexJob | { texts: FreshText[] } | { open: string; previous?: string }) => {
  if ('texts' in message) return early.add(message.texts);
  if ('open' in message) return void (opened = openSearchCaches(message.open, early, message.previous));
  // The one job: with no listener left, the thread ends once it is done. Its result goes out once the files are
  // written; the caches are saved after that, while the build puts the site in place.
  parentPort!.off('message', receive);
  await writeSearchIndex(unpackSearchArchive(message.archive), message.outDir, message.options, early, opened, (written) => parentPort!.postMessage(written));
};
parentPort!.on('message', receive);
