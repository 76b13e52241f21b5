/**
 * The headline is the first line, without the site name some pages put around it (`Kabar Internasional – …`,
 * `… | ANTARA`). A first line that reads like a paragraph is not a headline: the title is then left for review.
 */
import type { Inferred } from './inferred.ts';

/** Longer than any headline, or several sentences: body text. */
const MAX_TITLE_LENGTH = 150;

export interface TitleResult {
  title: Inferred<string>;
  /** The first line is body text and stays in the article. */
  firstLineIsBody: boolean;
  /** A publisher name cut from around the headline. */
  siteName?: string;
}

export function inferTitle(firstLine: string, publisherNames: string[]): TitleResult {
  if (firstLine.length > MAX_TITLE_LENGTH || /[.!?]\s+\p{Lu}/u.test(firstLine)) {
    return { firstLineIsBody: true, title: { how: `the first line is a ${firstLine.length}-character paragraph, not a headline` } };
  }
  for (const name of [...publisherNames].sort((a, b) => b.length - a.length)) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const affix = new RegExp(`^${escaped}\\s*[–—|:-]\\s+(.+)$|^(.+?)\\s+[–—|-]\\s*${escaped}$`, 'i').exec(firstLine);
    if (affix) {
      const title = (affix[1] ?? affix[2])!;
      return { firstLineIsBody: false, siteName: name, title: { value: title, how: `first line, site name "${name}" removed`, confidence: 'high' } };
    }
  }
  return { firstLineIsBody: false, title: { value: firstLine.replace(/[.]$/, ''), how: 'first line', confidence: 'high' } };
}
