/** Worker thread of `PageWriter` (page-writer.ts): writes each batch of pages it is sent, then answers. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { PageBatch, PageBatchResult } from './page-writer.ts';

const folder = workerData as string;
// Most folders hold one page (an article's `index.html`); each is created once.
const created = new Set<string>();

parentPort!.on('message', ({ bytes, pages }: PageBatch) => {
  let error: string | undefined;
  try {
    let start = 0;
    for (const [path, end] of pages) {
      const file = join(folder, path);
      const parent = dirname(file);
      if (!created.has(parent)) mkdirSync(parent, { recursive: true });
      created.add(parent);
      writeFileSync(file, new Uint8Array(bytes, start, end - start));
      start = end;
    }
  } catch (caught) {
    error = `could not write a page: ${(caught as Error).message}`;
  }
  const result: PageBatchResult = { bytes, ...(error ? { error } : {}) };
  parentPort!.postMessage(result, [bytes]);
});
