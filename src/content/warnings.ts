/**
 * Warnings about valid articles: what an editor probably did not mean, but which still builds. Worked out on every
 * load from the file name and the parsed article (never cached), since "today" moves.
 */
import { basename } from 'node:path';
import { DEFAULT_UTC_OFFSET } from './dates.ts';
import type { ContentWarning } from './errors.ts';
import type { ParsedArticle } from './parse-article.ts';

/** A file name's leading date, as in `2017-08-09-judul.md`. */
const NAME_DATE = /^(\d{4}-\d{2}-\d{2})(?!\d)/;

/** Today's date (`YYYY-MM-DD`) in Western Indonesian Time, the archive's zone (which has no daylight saving). */
export function archiveToday(now = new Date()): string {
  const offset = -Date.parse(`1970-01-01T00:00:00${DEFAULT_UTC_OFFSET}`);
  return new Date(now.getTime() + offset).toISOString().slice(0, 10);
}

export function articleWarnings(article: ParsedArticle, today: string): ContentWarning[] {
  const { file, slug, date, dateLine } = article;
  const warnings: ContentWarning[] = [];
  const name = basename(file).replace(/\.md$/i, '');
  if (name !== slug) {
    warnings.push({ file, line: 1, message: `the file name is not a URL slug; the article is published at /artikel/${slug}/`, hint: `rename it to ${slug}.md if that URL is right` });
  }
  const named = NAME_DATE.exec(name)?.[1];
  if (named !== undefined && named !== date.day) {
    warnings.push({ file, line: dateLine, message: `"date" is ${date.day} but the file name says ${named}`, hint: 'correct the date or rename the file' });
  }
  if (date.day > today) {
    warnings.push({ file, line: dateLine, message: `"date" ${date.day} is after today (${today} in WIB)`, hint: 'check the year; a future date puts the article first in every list' });
  }
  return warnings;
}
