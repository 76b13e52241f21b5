/**
 * Bodies written in the Markdown news uses, rendered without a Markdown parser: paragraphs, `##` headings, quotes of
 * one paragraph, tight `-` and `1.` lists of one-line items, `**strong**`, `*emphasis*`, `[links](https://…)` and
 * `![images](https://…)`. A third of the articles editors write carry such Markdown, and micromark's parse is most
 * of what remark costs on them. Each construct is taken only in the form whose CommonMark reading is beyond doubt
 * (delimiters that can only open or only close, no nesting, no escapes, references, HTML or code); anything else
 * returns undefined and goes to remark, whose output this reproduces exactly: test/content/simple-markdown.test.ts
 * holds the two equal on thousands of editorial bodies and on random mutations of them.
 */
import type { RenderedBody } from './render.ts';
import { countWords, openingOf } from './summarise.ts';

/**
 * Characters that may start syntax this renderer does not take (escape, code, raw HTML, autolink, fence), or that
 * micromark changes (controls, tabs, carriage returns, a byte order mark).
 */
// eslint-disable-next-line no-control-regex
const UNTAKEN = /[\\`<~\0-\x09\x0b-\x1f\x7f\ufeff]/;
/** A character reference; a lone `&` is text. */
const REFERENCE = /&[\p{L}\p{N}#]/u;
/** A line that starts a block other than a paragraph, or has white space at either end (see plain-body.ts). */
const NOT_PROSE = /^(?:[#>+=-]|\d+[.)]|\*\s|\*$|\s)|\s$/m;
const HEADING = /^(#{1,6}) (.*)$/;
const BULLET = /^- /;
const ORDERED = /^\d{1,9}\. /;
/** A destination kept as written by micromark's `normalizeUri` and by the sanitiser, and needing no escape in HTML. */
const URL = /^https?:\/\/(?:[\w\-./:?#@!$+,;=]|%[A-Za-z0-9]{2})+$/;
/** White space as CommonMark's flanking rules see it, and what JavaScript also calls space, to be safe. */
const SPACE = /[\s\p{Zs}]/u;
/** What may follow a closing delimiter: white space, or punctuation that cannot start another construct. */
const AFTER_CLOSER = /^(?:$|[ \n.,;:!?)"'])/;
const ALNUM = /[A-Za-z0-9]/;

/** One block's rendering: its HTML, its plain text (as mdast-util-to-string gives it), and what `opening` needs. */
interface Block {
  html: string;
  text: string;
  /** A paragraph at the top level that is not a photo caption (wholly in emphasis): a candidate for the opening. */
  lead: boolean;
}

/** Inline content: HTML, text, and whether it is a single emphasis and nothing else. */
interface Inline {
  html: string;
  text: string;
  onlyEmphasis: boolean;
}

/** The rendered body of `markdown` if it uses only the constructs above in their plain forms, else undefined. */
export function renderSimpleMarkdown(markdown: string): RenderedBody | undefined {
  if (UNTAKEN.test(markdown) || (markdown.includes('&') && REFERENCE.test(markdown))) return undefined;
  const trimmed = markdown.replace(/^\n+|\n+$/g, '');
  if (!trimmed) return undefined;
  const chunks = trimmed.split(/\n{2,}/);
  const blocks: Block[] = [];
  let previousList = false;
  for (const chunk of chunks) {
    const list = BULLET.test(chunk) || ORDERED.test(chunk);
    // A blank line between two lists joins them into one loose list (or separates lists of two kinds): remark's.
    if (list && previousList) return undefined;
    previousList = list;
    const block = renderBlock(chunk);
    if (!block) return undefined;
    blocks.push(block);
  }
  const texts = blocks.map((block) => block.text).filter(Boolean);
  const text = texts.join('\n\n');
  const lead = blocks.find((block) => block.lead);
  return {
    html: `${blocks.map((block) => block.html).join('\n')}\n`,
    text,
    opening: openingOf(lead ? lead.text : text),
    wordCount: countWords(text),
  };
}

function renderBlock(chunk: string): Block | undefined {
  const first = chunk.charCodeAt(0);
  if (first === 0x23 /* # */) {
    const heading = HEADING.exec(chunk);
    // One line, no closing sequence, content that could not be read as anything but a heading's text.
    if (!heading || chunk.includes('\n') || chunk.endsWith('#')) return undefined;
    const inline = proseOf(heading[2]!);
    if (!inline) return undefined;
    const tag = `h${heading[1]!.length}`;
    return { html: `<${tag}>${inline.html}</${tag}>`, text: inline.text, lead: false };
  }
  if (first === 0x3e /* > */) {
    const lines = chunk.split('\n');
    if (!lines.every((line) => line.startsWith('> '))) return undefined;
    const paragraph = proseOf(lines.map((line) => line.slice(2)).join('\n'));
    return paragraph && { html: `<blockquote>\n<p>${paragraph.html}</p>\n</blockquote>`, text: paragraph.text, lead: false };
  }
  if (BULLET.test(chunk)) return listOf(chunk, 'ul', BULLET);
  if (ORDERED.test(chunk)) return chunk.startsWith('1. ') ? listOf(chunk, 'ol', ORDERED) : undefined;
  const paragraph = proseOf(chunk);
  return paragraph && { html: `<p>${paragraph.html}</p>`, text: paragraph.text, lead: !paragraph.onlyEmphasis };
}

/** The inline content of a paragraph, if it has some and no line of it could start another block. */
function proseOf(content: string): Inline | undefined {
  return content && !NOT_PROSE.test(content) ? renderInline(content) : undefined;
}

/** A tight list: every line an item of one line. */
function listOf(chunk: string, tag: 'ul' | 'ol', marker: RegExp): Block | undefined {
  let html = `<${tag}>\n`;
  let text = '';
  for (const line of chunk.split('\n')) {
    const match = marker.exec(line);
    if (!match) return undefined;
    const inline = proseOf(line.slice(match[0].length));
    if (!inline) return undefined;
    html += `<li>${inline.html}</li>\n`;
    // mdast-util-to-string joins the items' text with nothing between.
    text += inline.text;
  }
  return { html: `${html}</${tag}>`, text, lead: false };
}

/** Text, strong, emphasis, links and images, or undefined if anything else (or any doubt) is in `content`. */
function renderInline(content: string): Inline | undefined {
  let html = '';
  let text = '';
  let pieces = 0;
  let emphasis = false;
  let i = 0;
  while (i < content.length) {
    const char = content[i]!;
    pieces++;
    if (char === '*') {
      const span = delimited(content, i);
      if (!span) return undefined;
      const tag = span.size === 2 ? 'strong' : 'em';
      html += `<${tag}>${escapeText(span.inner)}</${tag}>`;
      text += span.inner;
      emphasis = span.size === 1;
      i = span.end;
    } else if (char === '[' || (char === '!' && content[i + 1] === '[')) {
      const link = linked(content, char === '!' ? i + 1 : i);
      if (!link) return undefined;
      html += char === '!' ? `<img src="${link.url}" alt="${escapeAttribute(link.label)}">` : `<a href="${link.url}">${escapeText(link.label)}</a>`;
      text += link.label;
      i = link.end;
    } else {
      const end = plainEnd(content, i);
      if (end === undefined) return undefined;
      const run = content.slice(i, end);
      html += escapeText(run);
      text += run;
      i = end;
    }
  }
  return { html, text, onlyEmphasis: pieces === 1 && emphasis };
}

/** Where the plain text starting at `start` ends (at a delimiter or bracket), or undefined if it holds one not taken. */
function plainEnd(content: string, start: number): number | undefined {
  for (let i = start; i < content.length; i++) {
    const char = content[i]!;
    if (char === '*' || char === '[' || (char === '!' && content[i + 1] === '[')) return i;
    if (char === ']') return undefined;
    if (char === '_') {
      // Only between two letters or digits is `_` sure to be text (it can neither open nor close).
      let after = i;
      while (content[after] === '_') after++;
      if (!ALNUM.test(content[i - 1] ?? '') || !ALNUM.test(content[after] ?? '')) return undefined;
      i = after - 1;
    }
  }
  return content.length;
}

/**
 * `*text*` or `**text**` at `start`: an opening run after a space or at a line's start, followed by text without
 * delimiters, brackets or line breaks, and a closing run of the same size followed by a space, the end, or
 * punctuation. Such runs can only open, and only close, so CommonMark pairs them as written.
 */
function delimited(content: string, start: number): { size: number; inner: string; end: number } | undefined {
  let size = 0;
  while (content[start + size] === '*') size++;
  const before = content[start - 1];
  if (size > 2 || (before !== undefined && before !== ' ' && before !== '\n')) return undefined;
  const open = start + size;
  const close = content.indexOf('*', open);
  if (close <= open || content[close + size - 1] !== '*' || content[close + size] === '*') return undefined;
  const inner = content.slice(open, close);
  if (SPACE.test(inner[0]!) || SPACE.test(inner.at(-1)!) || /[[\]\n]/.test(inner)) return undefined;
  if (plainEnd(inner, 0) !== inner.length || !AFTER_CLOSER.test(content.slice(close + size, close + size + 1))) return undefined;
  // `!` before `[` would start an image right after the closer: allowed, it is read on its own.
  return { size, inner, end: close + size };
}

/** `[label](url)` with `[` at `start`: a label of plain text and an absolute http(s) URL without title. */
function linked(content: string, start: number): { label: string; url: string; end: number } | undefined {
  const close = content.indexOf('](', start);
  if (close < 0) return undefined;
  const label = content.slice(start + 1, close);
  const end = content.indexOf(')', close + 2);
  if (end < 0) return undefined;
  const url = content.slice(close + 2, end);
  if (!label || /[[\]*\n"&]/.test(label) || plainEnd(label, 0) !== label.length || !URL.test(url)) return undefined;
  return { label, url, end: end + 1 };
}

/** As hast-util-to-html writes an attribute value: `'` as a reference too (a label holds no `"` or `&`). */
function escapeAttribute(label: string): string {
  return label.replaceAll("'", '&#x27;');
}

/** As hast-util-to-html writes text: `&` as a hexadecimal reference (`<` never gets here). */
function escapeText(text: string): string {
  return text.includes('&') ? text.replaceAll('&', '&#x26;') : text;
}
