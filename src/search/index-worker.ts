/** Worker thread entry of `startSearchIndex` (index-thread.ts): runs one job, then exits. */
import { workerData } from 'node:worker_threads';
import { fillShardCache } from './build-index.ts';
import type { SearchIndexJob } from './index-thread.ts';
import { ShardCache } from './shard-cache.ts';
import { writeSearchIndex } from './write-index.ts';

const job = workerData as SearchIndexJob;
if (job.task === 'write') await writeSearchIndex(job.archive, job.outDir, job.options);
else fillShardCache(job.archive, { shardSize: job.options.shardSize, shardCache: new ShardCache(job.cacheDir) });
