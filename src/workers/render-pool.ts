import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { BodySource } from '../cache/render-key.ts';
import type { RenderedBody } from '../content/render.ts';
import { RenderCache } from '../cache/render-cache.ts';
import { renderPlainBody } from '../content/plain-body.ts';
import { startTsWorker, workersStartCheaply } from './ts-worker.ts';
import type { RenderBatch, RenderedBatch } from './render-worker.ts';

/** From this many uncached bodies that need remark on, one worker per core; below, one worker, or none (see `workersStartCheaply`). */
const WORKER_THRESHOLD = 400;
const BATCH = 100;

/**
 * Renders bodies as they are handed in, reusing cached results. Plain prose is rendered at once, on this thread
 * (plain-body.ts); the other bodies need remark. Once enough of them miss the cache to pay for worker threads,
 * batches go to the workers at once, so they render while the caller goes on reading and parsing files. Where
 * workers start cheaply, the first body that needs remark starts one: loading remark and rendering a new article
 * then happen beside the caller's work, not in it. Results are in input order.
 */
export class BodyRenderer {
  private readonly cache: RenderCache;
  private readonly results: Array<RenderedBody | undefined> = [];
  /** The bodies to render: their places in `results` and cache keys, in order. */
  private readonly missing: Array<{ position: number; key: string }> = [];
  /** Markdown of the last of them, not yet sent to a worker. */
  private pending: string[] = [];
  private workers: Worker[] = [];
  /** Worker results by batch number. */
  private readonly batches: RenderedBody[][] = [];
  private sent = 0;
  private received = 0;
  private failure: Error | undefined;
  private settle: (() => void) | undefined;

  constructor(cacheDir?: string) {
    this.cache = new RenderCache(cacheDir);
  }

  /** Returns the body if it was rendered here and now (not taken from the cache, nor left to a worker). */
  add(body: BodySource): RenderedBody | undefined {
    const cached = this.cache.get(body.key);
    if (cached) return void this.results.push(cached);
    const markdown = body.markdown();
    // Plain prose needs no parser: rendered here at once, where sending it to a worker would cost more.
    const plain = renderPlainBody(markdown);
    if (plain) {
      this.cache.set(body.key, plain);
      this.results.push(plain);
      return plain;
    }
    this.missing.push({ position: this.results.push(undefined) - 1, key: body.key });
    this.pending.push(markdown);
    if (this.workers.length === 0 && workersStartCheaply) this.workers.push(this.startWorker());
    // A worker once started renders each batch as it fills, not just what is left when loading ends.
    if (this.pending.length >= BATCH && (this.workers.length > 0 || this.missing.length >= WORKER_THRESHOLD)) this.dispatch();
    return undefined;
  }

  /** Sends the bodies still short of a batch to the workers, if any run: for a caller with no more bodies to add. */
  sendPending(): void {
    if (this.workers.length > 0) this.dispatch();
  }

  /** Every body handed in, rendered or from the cache; writes the new renders to the cache. */
  async finish(): Promise<RenderedBody[]> {
    const rendered = this.workers.length > 0 ? await this.fromWorkers() : await this.here();
    for (const [n, { position, key }] of this.missing.entries()) {
      this.results[position] = rendered[n]!;
      this.cache.set(key, rendered[n]!);
    }
    await this.cache.flush();
    return this.results as RenderedBody[];
  }

  /** Few bodies render on this thread; remark is loaded only then. */
  private async here(): Promise<RenderedBody[]> {
    if (this.pending.length === 0) return [];
    const { renderWithRemark } = await import('../content/render.ts');
    return this.pending.map(renderWithRemark);
  }

  /** Ends the workers without waiting for their results: for a caller that stops before `finish`. */
  async stop(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    const wanted = this.missing.length >= WORKER_THRESHOLD ? availableParallelism() : 1;
    while (this.workers.length < wanted) this.workers.push(this.startWorker());
    for (let i = 0; i < this.pending.length; i += BATCH) {
      const batch: RenderBatch = { number: this.sent, bodies: this.pending.slice(i, i + BATCH) };
      this.workers[this.sent++ % this.workers.length]!.postMessage(batch);
    }
    this.pending = [];
  }

  private async fromWorkers(): Promise<RenderedBody[]> {
    this.dispatch();
    await new Promise<void>((resolve) => {
      this.settle = resolve;
      this.checkSettled();
    });
    await this.stop();
    if (this.failure) throw this.failure;
    return this.batches.flat();
  }

  // Failures are recorded rather than thrown: they may happen while the caller is still handing in bodies.
  private startWorker(): Worker {
    const worker = startTsWorker(import.meta.resolve('./render-worker.ts'));
    worker.on('message', ({ number, rendered }: RenderedBatch) => {
      this.batches[number] = rendered;
      this.received++;
      this.checkSettled();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (this.received < this.sent) this.fail(new Error(`a render worker exited with code ${code} before its bodies were rendered`));
    });
    return worker;
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.checkSettled();
  }

  private checkSettled(): void {
    if (this.settle && (this.failure || this.received === this.sent)) this.settle();
  }
}
