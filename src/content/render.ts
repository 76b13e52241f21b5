import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { toString } from 'mdast-util-to-string';
import { createHash } from 'node:crypto';
import type { Paragraph } from 'mdast';
import { countWords } from './summarise.ts';

/** Rendered body of an article: sanitised HTML and its plain text. */
export interface RenderedBody {
  html: string;
  text: string;
  /** Text of the first paragraph that is not a photo caption (a paragraph set wholly in emphasis). */
  lead: string;
  /** Words in `text`, counted once here rather than on every load. */
  wordCount: number;
}

// GitHub's sanitising schema (remark-html's default when `sanitize` is on): no scripts, styles, event handlers or
// `javascript:` URLs survive, whatever raw HTML a body contains.
const processor = remark().use(remarkHtml, { sanitize: true });

/** Bumped whenever the output of `renderMarkdown` changes, so cached renders are not reused. */
export const RENDERER_VERSION = 'remark15-html16-sanitize-3-words';

export function renderMarkdown(markdown: string): RenderedBody {
  const tree = processor.parse(markdown);
  const text = tree.children.map((node) => toString(node)).filter(Boolean).join('\n\n');
  const lead = tree.children.find((node) => node.type === 'paragraph' && !isCaption(node as Paragraph));
  const html = String(processor.stringify(processor.runSync(tree) as typeof tree));
  return { html, text, lead: lead ? toString(lead) : text, wordCount: countWords(text) };
}

/** Cache key of a body: changes with the text or the renderer. */
export function renderKey(markdown: string): string {
  return createHash('sha1').update(RENDERER_VERSION).update('\0').update(markdown).digest('hex');
}

/** A body to render, by its `renderKey`; `markdown()` may decode it on demand, when the render is not cached. */
export interface BodySource {
  key: string;
  markdown(): string;
}

export function bodySource(markdown: string): BodySource {
  return { key: renderKey(markdown), markdown: () => markdown };
}

function isCaption(paragraph: Paragraph): boolean {
  return paragraph.children.length === 1 && paragraph.children[0]!.type === 'emphasis';
}
