import { parentPort } from 'node:worker_threads';
import { renderMarkdown } from './render.ts';

// Renders batches of Markdown bodies sent by render-pool.ts.
parentPort!.on('message', (bodies: string[]) => {
  parentPort!.postMessage(bodies.map(renderMarkdown));
});
