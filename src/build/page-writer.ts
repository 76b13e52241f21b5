/**
 * Writes rendered pages into a folder from a worker thread, so that creating 12,500 folders and files (1–2 s of
 * kernel time at 10,000 articles) runs on the second core while this thread renders the next pages. Eleventy
 * writes each page before it renders the next, on its own thread; a full build therefore renders in a dry run and
 * hands every page here from a transform (src/cli/build.ts).
 */
import type { Worker } from 'node:worker_threads';
import type { EleventyConfig } from '@11ty/eleventy';
import { startTsWorker } from '../threads/ts-worker.ts';
import { insideOutput } from './output-folder.ts';

/** Pages sent to the worker in one message: fewer messages, each a few hundred kilobytes. */
const BATCH = 64;
/** Batches sent but not yet written, beyond which `write` waits (a few megabytes). */
const IN_FLIGHT = 4;

/**
 * What the worker is sent: the pages' UTF-8 bytes one after another, in a buffer that is moved to the worker rather
 * than copied (copying their strings took 0.6 s of this thread at 10,000 articles), and each page's path relative
 * to the folder with the offset where its bytes end.
 */
export interface PageBatch {
  bytes: ArrayBuffer;
  pages: Array<[path: string, end: number]>;
}
/**
 * What the worker answers for each batch: the buffer, moved back to be filled again (so a build allocates a few
 * buffers, not one per batch), and why the batch could not be written, if it could not.
 */
export interface PageBatchResult {
  bytes: ArrayBuffer;
  error?: string;
}

export class PageWriter {
  private readonly worker: Worker;
  private batch: Array<[path: string, content: string]> = [];
  private inFlight = 0;
  private failure: Error | undefined;
  private readonly waiting: Array<() => void> = [];
  private readonly spare: ArrayBuffer[] = [];

  constructor(private readonly folder: string) {
    this.worker = startTsWorker(import.meta.resolve('./page-writer-worker.ts'), { workerData: folder });
    this.worker.on('message', ({ bytes, error }: PageBatchResult) => {
      this.inFlight--;
      this.spare.push(bytes);
      if (error) this.failure ??= new Error(error);
      this.waiting.splice(0).forEach((wake) => wake());
    });
    this.worker.once('error', (error) => {
      this.failure ??= error;
      this.waiting.splice(0).forEach((wake) => wake());
    });
  }

  /** Queues a page (`path` absolute, inside the folder); resolves at once unless the worker is behind. */
  async write(path: string, content: string): Promise<void> {
    if (this.failure) throw this.failure;
    this.batch.push([insideOutput(this.folder, path), content]);
    if (this.batch.length >= BATCH) this.send();
    while (this.inFlight > IN_FLIGHT && !this.failure) await new Promise<void>((wake) => this.waiting.push(wake));
  }

  /** Resolves once every page is written; rejects with the first write that failed. The worker then ends. */
  async close(): Promise<void> {
    this.send();
    while (this.inFlight > 0 && !this.failure) await new Promise<void>((wake) => this.waiting.push(wake));
    await this.worker.terminate();
    if (this.failure) throw this.failure;
  }

  /** Stops writing (a failed build); pages already written stay where they are. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private send(): void {
    if (this.batch.length === 0) return;
    const size = this.batch.reduce((sum, [, content]) => sum + Buffer.byteLength(content), 0);
    const spare = this.spare.pop();
    // With room to spare, so that most batches fit in a buffer that came back.
    const buffer = spare && spare.byteLength >= size ? spare : new ArrayBuffer(Math.ceil(size * 1.5));
    const bytes = Buffer.from(buffer);
    let end = 0;
    const pages = this.batch.map(([path, content]): [string, number] => [path, (end += bytes.write(content, end))]);
    const message: PageBatch = { bytes: buffer, pages };
    this.inFlight++;
    this.worker.postMessage(message, [message.bytes]);
    this.batch = [];
  }
}

/**
 * Eleventy configuration that hands every page to `writer` once all other transforms have run. Eleventy must run dry,
 * or it writes the pages too.
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
        if (this.page.outputPath) await writer.write(this.page.outputPath, content);
        return content;
      }),
    );
  };
}
