/**
 * Splits a copy-pasted news page into its parts: every non-empty line is one paragraph (news sites never wrap
 * lines), and each gets a role: body text, a heading, a photo caption with its credit, the header's byline and
 * dateline, a standfirst, or chrome to drop.
 */
import { chromeRuleFor } from './chrome-rules.ts';
import { findDateMentions } from './indonesian-dates.ts';

export type LineRole =
  | 'body' | 'heading' | 'caption' | 'credit' | 'byline' | 'dateline' | 'standfirst' | 'repeat' | 'chrome';

export interface RawLine {
  text: string;
  role: LineRole;
  /** The chrome rule that dropped the line. */
  rule?: string;
  /** For captions: the photo credit, e.g. `ANTARA FOTO/Yudhi Mahatma`. */
  credit?: string;
}

export function splitLines(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

const SENTENCE_END = /[.!?…"”’)]$/;
/** `Fauzan Al-Rasyid/RBTH Indonesia`: a photographer and an agency, nothing else. */
const CREDIT_LINE = /^[^.!?:;,]{2,60}\/[^.!?:;,]{2,60}$/;
/** `… bersama. (ANTARA FOTO/Yudhi Mahatma)` */
const CAPTION_WITH_CREDIT = /^(.*[^\s(])\s*\(([^()]*\/[^()]*)\)$/u;
/** `… negara asalnya. ANTARA FOTO/Muhammad Iqbal/bar` */
const CAPTION_WITH_AGENCY = /^(.*[.!?])\s+(\p{Lu}[\p{L}.]*\s+FOTO\/\S.*)$/u;
/** `Riva Dessthania Suastha | CNN Indonesia` */
export const BYLINE = /^([^|]{3,80}?)\s*\|\s*([^|]{2,60})$/;

/** Editors' initials that agencies append to a credit (`/bar`). */
const cleanCredit = (credit: string) => credit.trim().replace(/(\/\p{Ll}{2,4})+$/u, '');

function isHeading(line: string): boolean {
  const words = line.split(' ');
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 2 && words.length <= 10 && !SENTENCE_END.test(line) && !/[:;,]/.test(line) && capitalised / words.length >= 0.6;
}

function isOwnLineDate(line: string): boolean {
  const mentions = findDateMentions(line);
  return mentions.length === 1 && mentions[0]!.text.trim().length >= line.length - 1;
}

/** Classifies `lines` (without the headline). `title` lets a repeated headline be dropped. */
export function classifyLines(lines: string[], title?: string): RawLine[] {
  const out: RawLine[] = [];
  const seen = new Set<string>();
  let ended = false;
  let afterDateline = false;

  for (const [i, text] of lines.entries()) {
    const push = (line: RawLine) => {
      out.push(line);
      seen.add(text);
    };
    const rule = chromeRuleFor(text);
    if (ended || rule) {
      ended ||= Boolean(rule?.endsArticle) && out.some((l) => l.role === 'body');
      push({ text, role: 'chrome', rule: rule?.name ?? 'after the end of the article' });
      continue;
    }
    if (text === title || seen.has(text)) {
      push({ text, role: 'repeat' });
      continue;
    }
    const inHeader = !out.some((l) => l.role === 'body');
    if (inHeader && BYLINE.test(text)) {
      push({ text, role: 'byline' });
      continue;
    }
    if (inHeader && isOwnLineDate(text)) {
      push({ text, role: 'dateline' });
      afterDateline = true;
      continue;
    }
    const credit = CREDIT_LINE.exec(text);
    const previous = out.at(-1);
    if (credit && previous && (previous.role === 'body' || previous.role === 'caption' || previous.role === 'repeat')) {
      // The line before a credit is the photo's caption (or a repeat of it, which the page shows twice).
      const caption = previous.role === 'repeat' ? out.findLast((l) => l.text === previous.text && l.role !== 'repeat') : previous;
      if (caption) Object.assign(caption, { role: 'caption', credit: cleanCredit(text) });
      push({ text, role: 'credit' });
      continue;
    }
    const withCredit = CAPTION_WITH_CREDIT.exec(text) ?? CAPTION_WITH_AGENCY.exec(text);
    if (withCredit && /\//.test(withCredit[2]!) && (inHeader || /FOTO/.test(withCredit[2]!))) {
      push({ text: withCredit[1]!, role: 'caption', credit: cleanCredit(withCredit[2]!) });
      continue;
    }
    if (afterDateline && inHeader && !out.some((l) => l.role === 'standfirst') && SENTENCE_END.test(text) && text.length <= 300) {
      push({ text, role: 'standfirst' });
      continue;
    }
    const isBetweenParagraphs = !inHeader && i < lines.length - 1;
    push({ text, role: isBetweenParagraphs && isHeading(text) ? 'heading' : 'body' });
  }
  return out;
}
