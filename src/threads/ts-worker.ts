/**
 * Worker threads that run TypeScript modules. Node 20 workers do not inherit
 * tsx's loader from the parent, so the worker registers it before importing
 * the module.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

const TSX_API = import.meta.resolve('tsx/esm/api');

/** `moduleUrl`: a file URL, e.g. `import.meta.resolve('./my-worker.ts')`. */
export function startTsWorker(moduleUrl: string, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const bootstrap = `import(${JSON.stringify(TSX_API)})
    .then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
