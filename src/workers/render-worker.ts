import { parentPort } from 'node:worker_threads';
import { renderWithRemark, type RenderedBody } from '../content/render.ts';

export interface RenderBatch {
  number: number;
  bodies: string[];
}

export interface RenderedBatch {
  number: number;
  rendered: RenderedBody[];
}

// Renders batches of Markdown bodies sent by render-pool.ts, which renders plain prose itself.
parentPort!.on('message', ({ number, bodies }: RenderBatch) => {
  parentPort!.postMessage({ number, rendered: bodies.map(renderWithRemark) } satisfies RenderedBatch);
});
