/**
 * Bodies that are nothing but paragraphs of plain prose, rendered without a Markdown parser. Nine in ten news
 * articles are, and remark's parser was the largest part of a cold build (docs/performance.md). A body takes this path only when no character or line in it could start any other CommonMark
 * construct; everything else goes to remark (render.ts), whose output this reproduces exactly:
 * test/content/plain-body.test.ts holds the two equal on thousands of corpus articles and on every construct.
 */
import type { RenderedBody } from './render.ts';
import { renderSimpleMarkdown } from './simple-markdown.ts';
import { countWords, openingOf } from './summarise.ts';

/**
 * Characters that may start inline syntax (escape, code, emphasis, link, image, raw HTML, autolink) or a fence, or
 * that micromark changes (controls, tabs, carriage returns, a byte order mark). `|` is plain: remark reads
 * CommonMark, without GFM's tables.
 */
// eslint-disable-next-line no-control-regex
const SYNTAX = /[\\`*_[\]<~\0-\x09\x0b-\x1f\x7f\ufeff]/;
/** A character reference; a lone `&` is text. */
const REFERENCE = /&[\p{L}\p{N}#]/u;
/**
 * A line that starts a block other than a paragraph (heading, quote, list item, thematic break, setext underline),
 * or has white space at either end, which micromark strips or reads as indentation or a hard break.
 */
const NOT_PROSE = /^(?:[#>+=-]|\d+[.)]|\s)|\s$/m;

/**
 * The rendered body of `markdown` without a Markdown parser: plain prose at once, the Markdown news commonly uses by
 * a small reader of its own (simple-markdown.ts); undefined if remark must render it.
 */
export function renderPlainBody(markdown: string): RenderedBody | undefined {
  return renderPlainProse(markdown) ?? renderSimpleMarkdown(markdown);
}

/** The rendered body of `markdown` if it is only plain paragraphs, else undefined. */
export function renderPlainProse(markdown: string): RenderedBody | undefined {
  if (SYNTAX.test(markdown) || (markdown.includes('&') && REFERENCE.test(markdown))) return undefined;
  const paragraphs = markdown.replace(/^\n+|\n+$/g, '').split(/\n{2,}/);
  if (paragraphs.some((paragraph) => NOT_PROSE.test(paragraph))) return undefined;
  const text = paragraphs.join('\n\n');
  return {
    // As hast-util-to-html writes text: `&` as a hexadecimal reference (`<`, the other, never gets here).
    html: text ? paragraphs.map((paragraph) => `<p>${paragraph.replaceAll('&', '&#x26;')}</p>\n`).join('') : '',
    text,
    opening: openingOf(paragraphs[0]!),
    wordCount: countWords(text),
  };
}
