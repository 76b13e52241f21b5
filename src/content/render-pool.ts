import { availableParallelism } from 'node:os';
import { renderMarkdown, type BodySource, type RenderedBody } from './render.ts';
import { RenderCache } from './render-cache.ts';
import { startTsWorker } from '../threads/ts-worker.ts';

/** Below this many uncached bodies, starting workers (each loads remark) costs more than it saves. */
const WORKER_THRESHOLD = 400;
const BATCH = 100;

/**
 * Renders every body, reusing cached results, and spreading the rest over worker threads when there are many.
 * Results are in input order.
 */
export async function renderBodies(bodies: BodySource[], cacheDir?: string): Promise<RenderedBody[]> {
  const cache = new RenderCache(cacheDir);
  const results: Array<RenderedBody | undefined> = await Promise.all(bodies.map((body) => cache.get(body.key)));
  const missing = results.flatMap((result, i) => (result ? [] : [i]));

  const markdown = missing.map((i) => bodies[i]!.markdown());
  const rendered = missing.length < WORKER_THRESHOLD ? markdown.map(renderMarkdown) : await renderInWorkers(markdown);
  for (const [n, i] of missing.entries()) {
    results[i] = rendered[n]!;
    await cache.set(bodies[i]!.key, rendered[n]!);
  }
  await cache.flush();
  return results as RenderedBody[];
}

async function renderInWorkers(bodies: string[]): Promise<RenderedBody[]> {
  const batches: string[][] = [];
  for (let i = 0; i < bodies.length; i += BATCH) batches.push(bodies.slice(i, i + BATCH));
  const out: RenderedBody[][] = new Array(batches.length);
  const workerCount = Math.min(availableParallelism(), batches.length);
  let next = 0;
  const run = async () => {
    const worker = startTsWorker(import.meta.resolve('./render-worker.ts'));
    try {
      while (next < batches.length) {
        const index = next++;
        out[index] = await new Promise<RenderedBody[]>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage(batches[index]);
        });
        worker.removeAllListeners('error');
      }
    } finally {
      await worker.terminate();
    }
  };
  await Promise.all(Array.from({ length: workerCount }, run));
  return out.flat();
}
