/** Worker thread of `linkStandbyOnWorker` (standby-links.ts): links the standby, then ends; an error ends it with it. */
import { workerData } from 'node:worker_threads';
import { linkStandby, type StandbyLinks } from './standby-links.ts';

linkStandby(workerData as StandbyLinks);
