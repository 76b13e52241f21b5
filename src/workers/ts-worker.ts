/**
 * Worker threads that run TypeScript modules. Node 20 workers do not inherit tsx's loader from the parent, so under
 * tsx the worker registers it before importing the module; a compiled build starts the module's compiled copy.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { runnableUrl, runsCompiled } from '../compiled/compiled-copy.ts';

/**
 * Whether a worker starts about as fast as a plain Node one. Under tsx each worker loads tsx first (a few tenths of
 * a second), which costs more than rendering a handful of bodies on the calling thread.
 */
export const workersStartCheaply = runsCompiled;

/** `moduleUrl`: a file URL, e.g. `import.meta.resolve('./my-worker.ts')`. */
export function startTsWorker(moduleUrl: string, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  if (runsCompiled) return new Worker(new URL(runnableUrl(moduleUrl)), options);
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
