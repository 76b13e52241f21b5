import type { LoadResult } from '../content/load.ts';
import { formatContentError } from '../content/errors.ts';

/** One line: what the archive holds and how many problems were found. */
export function summaryLine({ archive, errors }: LoadResult): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    count(archive.articles.length, 'article'),
    count(archive.actors.length, 'actor'),
    count(archive.topics.length, 'topic'),
    count(archive.sources.length, 'source'),
    count(errors.length, 'error'),
  ].join(', ');
}

/** Prints every content error (to stderr) and returns whether there were any. */
export function reportErrors({ errors }: LoadResult): boolean {
  for (const error of errors) console.error(formatContentError(error));
  return errors.length > 0;
}
