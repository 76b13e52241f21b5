/** Bundled by parity.test.ts the way the client is, to run the browser's stemmer outside the browser. */
import { createStemmer } from '../../src/search/stemmer.ts';

export function stemAll(dictionary: string[], words: string[]): string[] {
  const stem = createStemmer(new Set(dictionary));
  return words.map(stem);
}
