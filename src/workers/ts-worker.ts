/**
 * Worker threads that run TypeScript modules. Every worker starts the module's compiled copy (src/compiled): under
 * tsx, each worker would load tsx and its module hooks (a thread of their own) first and then every module through
 * them, a few tenths of a second of CPU per worker, more than most workers then do (docs/performance.md). A process
 * that runs from a compiled copy knows its copy; under tsx the worker asks for the copy made from the sources as they
 * are, which is made first if they changed.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { runnableUrl, runsCompiled } from '../compiled/compiled-copy.ts';

/**
 * Whether a worker is worth starting for a little work. Under tsx the first worker after a change of the sources
 * waits for the compiled copy to be made (a second or two), more than rendering a handful of bodies on the calling
 * thread.
 */
export const workersStartCheaply = runsCompiled;

/** `moduleUrl`: a file URL, e.g. `import.meta.resolve('./my-worker.ts')`. */
export function startTsWorker(moduleUrl: string, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  if (runsCompiled) return new Worker(new URL(runnableUrl(moduleUrl)), options);
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('../compiled/current-copy.mjs'))})
    .then(({ compiledUrl }) => compiledUrl(${JSON.stringify(moduleUrl)}))
    .then((url) => url ? import(url) : Promise.reject(new Error(${JSON.stringify(`${moduleUrl} is not an entry point of the compiled copy (src/compiled/current-copy.mjs)`)})));`;
  return new Worker(bootstrap, { ...options, eval: true });
}
