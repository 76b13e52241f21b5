/**
 * Cache keys of rendered bodies. Apart from render.ts, which they describe, so that a build finding every body in
 * the cache never loads remark (a tenth of a second of start-up).
 */
import { cacheKey } from './key.mjs';

/** Bumped whenever the output of `renderMarkdown` (render.ts) changes, so cached renders are not reused. */
export const RENDERER_VERSION = 'remark15-html16-sanitize-5-alt-apostrophe';

/** Cache key of a body: changes with the text or the renderer. */
export function renderKey(markdown: string): string {
  return cacheKey(RENDERER_VERSION, markdown);
}

/** A body to render, by its `renderKey`; `markdown()` may decode it on demand, when the render is not cached. */
export interface BodySource {
  key: string;
  markdown(): string;
}

export function bodySource(markdown: string): BodySource {
  return { key: renderKey(markdown), markdown: () => markdown };
}
