/**
 * Writes rendered pages into a folder from a worker thread, so that creating thousands of folders and files (kernel
 * time, docs/performance.md) runs on the second core while this thread renders the next pages. Eleventy
 * writes each page before it renders the next, on its own thread; a full build therefore renders in a dry run and
 * hands every page here from a transform (src/cli/build.ts).
 */
import type { Worker } from 'node:worker_threads';
import type { EleventyConfig } from '@11ty/eleventy';
import { startTsWorker } from '../workers/ts-worker.ts';
import { insideOutput } from './output-folder.ts';

/**
 * Pages are encoded into a few buffers shared with the worker once, at its start, and reused: buffers moved or made
 * per batch are memory outside V8's heap, whose growth makes V8 collect garbage over the whole heap again and again
 * (docs/performance.md, 100,000 articles).
 */
const SLOT_BYTES = 4 * 1024 * 1024;
const SLOTS = 4;

/** What the worker is sent: a filled slot, with each page's file (relative to the folder) and where its bytes end. */
export interface PageBatch {
  slot: number;
  pages: Array<[file: string, end: number]>;
}
/** A page too large for a slot, sent as it is. */
export interface LargePage {
  file: string;
  content: string;
}
/** What the worker answers for each message: the slot it has written out (free again), or why it could not. */
export interface PageBatchResult {
  slot?: number;
  error?: string;
}
export interface PageWriterData {
  folder: string;
  slots: SharedArrayBuffer[];
}

export class PageWriter {
  private readonly worker: Worker;
  private readonly slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(SLOT_BYTES));
  private readonly views = this.slots.map((slot) => Buffer.from(slot));
  private readonly free = this.slots.map((_, i) => i);
  /** The slot being filled: its number, how many bytes it holds, and its pages. */
  private filling: { slot: number; end: number; pages: Array<[string, number]> } | undefined;
  private unanswered = 0;
  private failure: Error | undefined;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly folder: string) {
    const workerData: PageWriterData = { folder, slots: this.slots };
    this.worker = startTsWorker(import.meta.resolve('./page-writer-worker.ts'), { workerData });
    this.worker.on('message', ({ slot, error }: PageBatchResult) => {
      this.unanswered--;
      if (slot !== undefined) this.free.push(slot);
      if (error) this.failure ??= new Error(error);
      this.wake();
    });
    this.worker.once('error', (error) => {
      this.failure ??= error;
      this.wake();
    });
  }

  /** Queues a page (`path` absolute, inside the folder); resolves at once unless the worker is behind. */
  async write(path: string, content: string): Promise<void> {
    if (this.failure) throw this.failure;
    const file = insideOutput(this.folder, path);
    // What the page can take in UTF-8, at most three bytes per UTF-16 unit: measuring it exactly would encode every
    // page twice, and a slot is sent a little early at worst.
    const size = content.length * 3 <= SLOT_BYTES ? content.length * 3 : Buffer.byteLength(content);
    if (size > SLOT_BYTES) return this.post({ file, content } satisfies LargePage);
    // Eleventy runs transforms concurrently: after each wait, another page may have started a slot or filled it.
    for (;;) {
      if (this.failure) throw this.failure;
      if (this.filling && this.filling.end + size > SLOT_BYTES) this.send();
      if (!this.filling && this.free.length > 0) this.filling = { slot: this.free.pop()!, end: 0, pages: [] };
      if (this.filling) break;
      await this.answer();
    }
    const filling = this.filling;
    filling.end += this.views[filling.slot]!.write(content, filling.end);
    filling.pages.push([file, filling.end]);
  }

  /** Resolves once every page is written; rejects with the first write that failed. The worker then ends. */
  async close(): Promise<void> {
    this.send();
    while (this.unanswered > 0 && !this.failure) await this.answer();
    await this.worker.terminate();
    if (this.failure) throw this.failure;
  }

  /** Stops writing (a failed build); pages already written stay where they are. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private send(): void {
    if (!this.filling) return;
    this.post({ slot: this.filling.slot, pages: this.filling.pages } satisfies PageBatch);
    this.filling = undefined;
  }

  private post(message: PageBatch | LargePage): void {
    this.unanswered++;
    this.worker.postMessage(message);
  }

  private answer(): Promise<void> {
    return new Promise((wake) => this.waiting.push(wake));
  }

  private wake(): void {
    this.waiting.splice(0).forEach((wake) => wake());
  }
}

/**
 * Eleventy configuration that hands every page to `writer` once all other transforms have run. Eleventy must run dry,
 * or it writes the pages too (empty, as the transform leaves them).
 */
export function handPagesTo(writer: PageWriter): (eleventyConfig: EleventyConfig) => void {
  return (eleventyConfig) => {
    // The transform takes the time Eleventy's own writes took (encoding the pages); Eleventy's benchmarks of its
    // configuration would warn about that on every build, whatever its quietMode says.
    eleventyConfig.benchmarkManager.get('Configuration').setIsVerbose(false);
    // As a plugin: plugins are configured last, so the transform comes after Eleventy's own HTML transform (the
    // path prefix) and the configuration file's, where one added directly would run before them.
    eleventyConfig.addPlugin((config: EleventyConfig) =>
      config.addTransform('page-writer', async function (content) {
        if (!this.page.outputPath) return content;
        await writer.write(this.page.outputPath, content);
        // Eleventy keeps what the last transform returns for every page until the build ends (the render's promise is
        // cached on the page's template), and a dry run does nothing else with it: the page is the writer's now.
        return '';
      }),
    );
  };
}
