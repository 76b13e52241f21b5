/** Worker thread of `PageWriter` (page-writer.ts): writes the pages of each message it is sent, then answers. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { LargePage, PageBatch, PageBatchResult, PageWriterData } from './page-writer.ts';

const { folder, slots } = workerData as PageWriterData;
const views = slots.map((slot) => new Uint8Array(slot));
// Most folders hold one page (an article's `index.html`); each is created once.
const created = new Set<string>();

function writePage(name: string, data: string | Uint8Array): void {
  const file = join(folder, name);
  const parent = dirname(file);
  if (!created.has(parent)) {
    mkdirSync(parent, { recursive: true });
    created.add(parent);
  }
  writeFileSync(file, data);
}

parentPort!.on('message', (message: PageBatch | LargePage) => {
  const result: PageBatchResult = {};
  try {
    if ('content' in message) writePage(message.file, message.content);
    else {
      result.slot = message.slot;
      let start = 0;
      for (const [name, end] of message.pages) {
        writePage(name, views[message.slot]!.subarray(start, end));
        start = end;
      }
    }
  } catch (error) {
    result.error = `could not write a page: ${(error as Error).message}`;
  }
  parentPort!.postMessage(result);
});
