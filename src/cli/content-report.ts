import type { LoadResult } from '../content/load.ts';
import { formatContentError, formatContentWarning } from '../content/errors.ts';

/** One line: what the archive holds and how many problems were found (warnings only when there are some). */
export function summaryLine({ archive, errors, warnings }: LoadResult): string {
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    count(archive.articles.length, 'article'),
    count(archive.actors.length, 'actor'),
    count(archive.topics.length, 'topic'),
    count(archive.sources.length, 'source'),
    count(errors.length, 'error'),
    ...(warnings.length > 0 ? [count(warnings.length, 'warning')] : []),
  ].join(', ');
}

/** Prints every content warning and error (to stderr) and returns whether there were errors; warnings never fail. */
export function reportProblems({ errors, warnings }: LoadResult): boolean {
  for (const warning of warnings) console.error(formatContentWarning(warning));
  for (const error of errors) console.error(formatContentError(error));
  return errors.length > 0;
}
