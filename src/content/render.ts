import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { toString } from 'mdast-util-to-string';
import type { Paragraph } from 'mdast';
import { renderPlainBody } from './plain-body.ts';
import { countWords, openingOf } from './summarise.ts';

/** Rendered body of an article: sanitised HTML and its plain text. */
export interface RenderedBody {
  html: string;
  text: string;
  /** Opening words of the first paragraph that is not a photo caption (a paragraph set wholly in emphasis). */
  opening: string;
  /** Words in `text`, counted once here rather than on every load. */
  wordCount: number;
}

// GitHub's sanitising schema (remark-html's default when `sanitize` is on): no scripts, styles, event handlers or
// `javascript:` URLs survive, whatever raw HTML a body contains.
const processor = remark().use(remarkHtml, { sanitize: true });

/** Keep RENDERER_VERSION (render-key.ts) in step with this function's output. */
export function renderMarkdown(markdown: string): RenderedBody {
  return renderPlainBody(markdown) ?? renderWithRemark(markdown);
}

/** What every body renders to; `renderPlainBody` gives the same for plain prose, faster. */
export function renderWithRemark(markdown: string): RenderedBody {
  const tree = processor.parse(markdown);
  const text = tree.children.map((node) => toString(node)).filter(Boolean).join('\n\n');
  const lead = tree.children.find((node) => node.type === 'paragraph' && !isCaption(node as Paragraph));
  const html = String(processor.stringify(processor.runSync(tree) as typeof tree));
  return { html, text, opening: openingOf(lead ? toString(lead) : text), wordCount: countWords(text) };
}

function isCaption(paragraph: Paragraph): boolean {
  return paragraph.children.length === 1 && paragraph.children[0]!.type === 'emphasis';
}
